/**
 * The built client served compressed and cached: on a real server, raw HTTP requests with
 * each Accept-Encoding, bodies decompressed and compared with the files.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants as zlib, gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { compressClient } from '../../scripts/compress-client';
import { IMMUTABLE, REVALIDATE, loadStaticAssets, pickEncoding } from './static-assets';

/** A built client in miniature: a page, a large script, a tiny one, a style sheet, an image and Vite's manifest. */
const clientDir = mkdtempSync(path.join(tmpdir(), 'coatelier-static-'));
const files = {
  'index.html': Buffer.from(`<!doctype html><title>Coatelier</title>${'<link rel="modulepreload" href="/assets/app-3f2a.js">'.repeat(20)}`),
  'assets/app-3f2a.js': Buffer.from(Array.from({ length: 2_000 }, (_, i) => `export const message${i} = 'Ajouter une carte ${i}';`).join('\n')),
  'assets/tiny-9c1d.js': Buffer.from('1'),
  'assets/index-77aa.css': Buffer.from('.card { color: #1d6b35; }\n'.repeat(200)),
  'assets/logo-51be.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
  '.vite/manifest.json': Buffer.from('{"index.html":{"file":"assets/app-3f2a.js","isEntry":true}}'),
};
mkdirSync(path.join(clientDir, 'assets'));
mkdirSync(path.join(clientDir, '.vite'));
for (const [name, content] of Object.entries(files)) writeFileSync(path.join(clientDir, name), content);
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
/** A raw request: fetch would decompress the body itself. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded({ headers, body }: RawAnswer): Buffer {
  if (headers['content-encoding'] === 'br') return brotliDecompressSync(body);
  if (headers['content-encoding'] === 'gzip') return gunzipSync(body);
  expect(headers['content-encoding']).toBeUndefined();
  return body;
}

describe('pickEncoding', () => {
  const both = ['br', 'gzip'] as const;
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.8', 'br'],
    ['gzip;q=0.9, BR;Q=0.4', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['br;q=nonsense, gzip;q=0.1', 'gzip'],
    ['identity', 'identity'],
  ] as const)('%j → %s', (header, expected) => {
    expect(pickEncoding(header, both)).toBe(expected);
  });
  it('offers only what the file has', () => {
    expect(pickEncoding('br', ['gzip'])).toBe('identity');
    expect(pickEncoding('br, gzip', [])).toBe('identity');
  });
});

describe('the built client on a real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ CLIENT_DIR: clientDir });
  });
  afterAll(() => server.dispose());

  it('sends a hashed script gzipped to a client that asks, kept a year, and the same bytes once decompressed', async () => {
    const res = await get(`${server.url}/assets/app-3f2a.js`, { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(files['assets/app-3f2a.js'].length / 4);
    expect(decoded(res).equals(files['assets/app-3f2a.js'])).toBe(true);
  });

  it('sends the file as it is to a client that asks for no encoding', async () => {
    const res = await get(`${server.url}/assets/index-77aa.css`);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.equals(files['assets/index-77aa.css'])).toBe(true);
  });

  it('sends a file that compression would enlarge as it is', async () => {
    const res = await get(`${server.url}/assets/tiny-9c1d.js`, { 'accept-encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(files['assets/tiny-9c1d.js'])).toBe(true);
  });

  it('revalidates the page at every load, by ETag, for every page path', async () => {
    for (const route of ['/', '/index.html', '/w/abcdef/board/ghijkl']) {
      const res = await get(`${server.url}${route}`, { 'accept-encoding': 'gzip' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe(REVALIDATE);
      expect(decoded(res).equals(files['index.html'])).toBe(true);
      const again = await get(`${server.url}${route}`, { 'accept-encoding': 'gzip', 'if-none-match': res.headers.etag! });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
    const identity = await get(`${server.url}/`);
    const gzip = await get(`${server.url}/`, { 'accept-encoding': 'gzip' });
    expect(identity.headers.etag).not.toBe(gzip.headers.etag);
    expect((await get(`${server.url}/`, { 'if-none-match': gzip.headers.etag! })).status).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await get(`${server.url}/assets/app-3f2a.js`, { 'accept-encoding': 'gzip' }, 'HEAD');
    const full = await get(`${server.url}/assets/app-3f2a.js`, { 'accept-encoding': 'gzip' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
  });

  it('serves the other files as they are, hashed ones kept a year', async () => {
    const res = await get(`${server.url}/assets/logo-51be.png`, { 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.body.equals(files['assets/logo-51be.png'])).toBe(true);
  });

  it('never serves the build manifest', async () => {
    const res = await get(`${server.url}/.vite/manifest.json`, { 'accept-encoding': 'gzip' });
    expect(decoded(res).toString()).not.toContain('isEntry');
  });
});

describe('brotli, once made', () => {
  let http: Server;
  let url: string;
  beforeAll(async () => {
    const assets = loadStaticAssets(clientDir);
    await assets.brotliReady;
    const app = express();
    app.use(assets.handler);
    http = createServer(app);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

  it('is preferred to gzip, smaller, and decompresses to the file', async () => {
    const br = await get(`${url}/assets/app-3f2a.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const gzip = await get(`${url}/assets/app-3f2a.js`, { 'accept-encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(gzip.body.length);
    expect(decoded(br).equals(files['assets/app-3f2a.js'])).toBe(true);
    expect(br.headers.etag).not.toBe(gzip.headers.etag);
  });

  it('leaves every other request to the next handler', async () => {
    expect((await get(`${url}/assets/missing.js`, { 'accept-encoding': 'br' })).status).toBe(404);
    expect((await get(`${url}/assets/app-3f2a.js`, { 'accept-encoding': 'br' }, 'POST')).status).toBe(404);
  });
});

describe('brotli written at build (npm run build)', () => {
  const builtDir = mkdtempSync(path.join(tmpdir(), 'coatelier-static-built-'));
  const script = files['assets/app-3f2a.js'];
  const style = files['assets/index-77aa.css'];
  let http: Server;
  let url: string;
  let brotliReady: Promise<void>;
  beforeAll(async () => {
    mkdirSync(path.join(builtDir, 'assets'));
    writeFileSync(path.join(builtDir, 'assets/app-3f2a.js'), script);
    writeFileSync(path.join(builtDir, 'assets/index-77aa.css'), style);
    await compressClient(builtDir);
    // Still this file's, at a quality the server would not choose: its bytes tell where they came from.
    writeFileSync(path.join(builtDir, 'assets/app-3f2a.js.br'), brotliCompressSync(script, { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } }));
    // Left from another build: not this file's.
    writeFileSync(path.join(builtDir, 'assets/index-77aa.css.br'), brotliCompressSync(Buffer.from('.old { color: red; }')));
    const assets = loadStaticAssets(builtDir);
    brotliReady = assets.brotliReady;
    const app = express();
    app.use(assets.handler);
    http = createServer(app);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    rmSync(builtDir, { recursive: true, force: true });
  });

  it('writes a brotli copy beside every text file', () => {
    for (const name of ['assets/app-3f2a.js', 'assets/index-77aa.css']) {
      expect(existsSync(path.join(builtDir, `${name}.br`))).toBe(true);
    }
  });

  it('is served as it was written, without compressing again', async () => {
    const res = await get(`${url}/assets/app-3f2a.js`, { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.equals(readFileSync(path.join(builtDir, 'assets/app-3f2a.js.br')))).toBe(true);
  });

  it('is ignored when it is not the file’s, and made again', async () => {
    await brotliReady;
    const res = await get(`${url}/assets/index-77aa.css`, { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(decoded(res).equals(style)).toBe(true);
  });
});
