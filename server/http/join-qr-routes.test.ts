import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let publicServer: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  publicServer = await startTestServer({ PUBLIC_URL: 'https://ateliers.example.org' });
});
afterAll(async () => {
  await server.dispose();
  await publicServer.dispose();
});

const qrOf = async (text: string) => QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

describe('the join QR code', () => {
  it('encodes the join link at the address the request came to, as SVG', async () => {
    const res = await fetch(`${server.url}/api/join-qr/acde-fghj`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    expect(await res.text()).toBe(await qrOf(`${server.url}/join/ACDEFGHJ`));
  });

  it('encodes PUBLIC_URL when it is set', async () => {
    const res = await fetch(`${publicServer.url}/api/join-qr/ACDEFGHJ`);
    expect(await res.text()).toBe(await qrOf('https://ateliers.example.org/join/ACDEFGHJ'));
  });

  it('refuses what is not a join code', async () => {
    for (const code of ['abc', 'ABCDEFG!', 'x'.repeat(40)]) {
      expect((await fetch(`${server.url}/api/join-qr/${encodeURIComponent(code)}`)).status).toBe(400);
    }
  });
});
