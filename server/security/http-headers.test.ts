/**
 * The HTTP edge on a real server: security headers on pages and API answers, source maps,
 * /metrics, and malformed paths and bodies answered 400 rather than 500.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/protocol';
import { startTestServer, type TestServer } from '../test-support/test-server';

/** A built client in miniature: a page, a script and its source map. */
const clientDir = mkdtempSync(path.join(tmpdir(), 'coatelier-client-'));
mkdirSync(path.join(clientDir, 'assets'));
writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Coatelier</title><script type="module" src="/assets/app.js"></script>');
writeFileSync(path.join(clientDir, 'assets/app.js'), 'console.log(1);\n//# sourceMappingURL=app.js.map');
writeFileSync(path.join(clientDir, 'assets/app.js.map'), '{"version":3,"sources":["secret-source.ts"]}');

const servers: TestServer[] = [];
const start = async (env: Record<string, string> = {}) => {
  const server = await startTestServer({ CLIENT_DIR: clientDir, ...env });
  servers.push(server);
  return server;
};
afterAll(async () => {
  await Promise.all(servers.map((s) => s.dispose()));
  rmSync(clientDir, { recursive: true, force: true });
});

/** The CSP as a map of directive → sources. */
function policy(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/**
 * A raw HTTP request: fetch would normalise a malformed path before sending it.
 * Resolves with the status and the parsed JSON body.
 */
function raw(server: TestServer, method: string, route: string, headers: Record<string, string> = {}, body?: Buffer) {
  return new Promise<{ status: number; body: ApiError }>((resolve, reject) => {
    const req = httpRequest(`${server.url}${route}`, { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as ApiError }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('security headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await start();
  });

  it('send a strict Content-Security-Policy with the app page', async () => {
    const res = await fetch(`${server.url}/b/some-board`);
    expect(res.status).toBe(200);
    const csp = policy(res.headers.get('content-security-policy'));
    const host = new URL(server.url).host;
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('connect-src')).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    // No way around it: nothing inline, nothing evaluated, nothing from elsewhere.
    expect([...csp.values()].flat().filter((s) => /unsafe|\*|https?:/.test(s))).toEqual([]);
    // Plain HTTP by default: upgrading requests to https would break the whole page.
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('send nosniff, no-referrer and deny framing with pages and API answers alike, and no HSTS on plain HTTP', async () => {
    for (const route of ['/', '/api/workshops/unknown-id', '/healthz']) {
      const res = await fetch(`${server.url}${route}`);
      expect(res.headers.get('x-content-type-options'), route).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), route).toBe('no-referrer');
      expect(res.headers.get('x-frame-options'), route).toBe('DENY');
      expect(res.headers.get('strict-transport-security'), route).toBeNull();
      expect(res.headers.get('x-powered-by'), route).toBeNull();
    }
  });

  it('leaves a Host header that could smuggle sources out of the policy', async () => {
    const res = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(`${server.url}/`, { headers: { host: "evil.example 'unsafe-inline'" } }, (r) => {
        r.resume();
        resolve(String(r.headers['content-security-policy']));
      });
      req.on('error', reject);
      req.end();
    });
    expect(policy(res).get('connect-src')).toEqual(["'self'"]);
  });

  it('send HSTS and upgrade requests when HSTS_MAX_AGE_SECONDS is set behind TLS', async () => {
    const tls = await start({ HSTS_MAX_AGE_SECONDS: '31536000' });
    const res = await fetch(`${tls.url}/`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(policy(res.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
  });
});

describe('source maps', () => {
  it('are not served by default, while the scripts are', async () => {
    const server = await start();
    expect((await fetch(`${server.url}/assets/app.js`)).status).toBe(200);
    const map = await fetch(`${server.url}/assets/app.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('secret-source');
  });

  it('are served with SERVE_SOURCE_MAPS=1', async () => {
    const server = await start({ SERVE_SOURCE_MAPS: '1' });
    const map = await fetch(`${server.url}/assets/app.js.map`);
    expect(map.status).toBe(200);
    expect(await map.text()).toContain('secret-source');
  });
});

describe('/metrics', () => {
  it('answers a direct request from this machine, but not one relayed by a proxy', async () => {
    const server = await start();
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
    const relayed = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '198.51.100.1' } });
    expect(relayed.status).toBe(403);
    expect(await relayed.text()).not.toContain('coatelier_');
  });

  it('needs the bearer token when METRICS_TOKEN is set', async () => {
    const token = 'metrics-token-0123456789';
    const server = await start({ METRICS_TOKEN: token });
    for (const authorization of [undefined, 'Bearer wrong-token', `Bearer ${token}x`, token]) {
      const res = await fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status, authorization).toBe(401);
      expect(((await res.json()) as ApiError).error.code).toBe('unauthorized');
    }
    const ok = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('coatelier_connections');
  });
});

describe('malformed requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await start();
  });

  it.each(['/%E0%A4%A', '/api/workshops/%E0%A4%A', '/assets/%E0%A4%A.js', '/api/boards/%ZZ/columns'])('answer 400 for the path %s', async (route) => {
    const res = await raw(server, 'GET', route);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
  });

  const json = { 'content-type': 'application/json' };
  it.each([
    ['a body that is not gzip', { ...json, 'content-encoding': 'gzip' }, Buffer.from('{"title":"x"}')],
    ['a cut-off gzip body', { ...json, 'content-encoding': 'gzip' }, gzipSync('{"title":"coupé en route"}').subarray(0, 15)],
    ['an unknown encoding', { ...json, 'content-encoding': 'br2' }, Buffer.from('{}')],
    ['an unknown charset', { 'content-type': 'application/json; charset=klingon' }, Buffer.from('{}')],
  ])('answer 400 for %s', async (_what, headers, body) => {
    for (const route of ['/api/workshops', '/api/workshops/import']) {
      const res = await raw(server, 'POST', route, headers, body);
      expect(res.status, route).toBe(400);
      expect(res.body.error.code, route).toBe('invalid_request');
    }
  });

  it('still read a well-formed gzip body', async () => {
    const res = await raw(server, 'POST', '/api/workshops', { ...json, 'content-encoding': 'gzip' }, gzipSync('{"title":"Compressé"}'));
    expect(res.status).toBe(201);
  });
});
