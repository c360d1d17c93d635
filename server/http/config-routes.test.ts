/** PUBLIC_URL: checked when the server starts, then given to browsers by GET /api/config. */
import { afterAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../config';
import { startTestServer, type TestServer } from '../test-support/test-server';

const servers: TestServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.dispose())));
const publicUrl = (value: string) => configFromEnv({ DATA_DIR: '/tmp/coatelier-config-test', PUBLIC_URL: value }).publicUrl;

describe('PUBLIC_URL', () => {
  it('is an http(s) origin, its trailing slash trimmed', () => {
    expect(publicUrl('https://ateliers.example.org')).toBe('https://ateliers.example.org');
    expect(publicUrl('https://ateliers.example.org/')).toBe('https://ateliers.example.org');
    expect(publicUrl('http://192.168.1.20:3000/')).toBe('http://192.168.1.20:3000');
    expect(publicUrl('https://Ateliers.Example.ORG:443')).toBe('https://ateliers.example.org');
    expect(configFromEnv({ DATA_DIR: '/tmp/coatelier-config-test' }).publicUrl).toBeNull();
  });

  it('refuses anything else, saying what it must be', () => {
    for (const value of [
      'ateliers.example.org',
      'ftp://ateliers.example.org',
      'javascript:alert(1)',
      'https://ateliers.example.org/coatelier',
      'https://ateliers.example.org/?code=1',
      'https://ateliers.example.org/?',
      'https://ateliers.example.org/#join',
      'https://admin:secret@ateliers.example.org',
    ]) {
      expect(() => publicUrl(value), value).toThrow(/Invalid settings:[\s\S]*PUBLIC_URL must be an http\(s\) address/);
    }
  });
});

describe('GET /api/config', () => {
  it('gives the public address to anyone, cacheable for a few minutes', async () => {
    const server = await startTestServer({ PUBLIC_URL: 'https://ateliers.example.org/', DEMO_LIFETIME_HOURS: '48' });
    servers.push(server);
    const res = await fetch(`${server.url}/api/config`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await res.json()).toEqual({ publicUrl: 'https://ateliers.example.org', demoLifetimeHours: 48 });
  });

  it('answers null without PUBLIC_URL: the browser then uses its own address', async () => {
    const server = await startTestServer();
    servers.push(server);
    expect((await server.request('GET', '/api/config')).body).toEqual({ publicUrl: null, demoLifetimeHours: 24 });
  });
});
