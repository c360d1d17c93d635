/**
 * The abuse limits on a real server, with the settings it ships with unless a test says
 * otherwise: guessing join codes, a whole room joining from one address, archived codes,
 * invitations, creations and imports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, CreatedWorkshop } from '@shared/protocol';
import { largeBackup } from '../test-support/sample-backup';
import { startTestServer, type TestServer } from '../test-support/test-server';

interface Answer<T = unknown> {
  status: number;
  retryAfter: string | null;
  body: T;
}

/** A JSON request, optionally as if relayed for `forwardedFor` by a proxy. */
async function send<T = unknown>(server: TestServer, route: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const res = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as T };
}

const from = (address: string) => ({ 'x-forwarded-for': address });
/** A code of the right shape that no workshop has. */
const wrongCode = (i: number) => `CCCC${String(i).padStart(4, '0').replace(/[0-9]/g, (d) => 'ADEFGHJKMN'[Number(d)]!)}`;

const servers: TestServer[] = [];
const start = async (env: Record<string, string> = {}) => {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
};
afterAll(() => Promise.all(servers.map((s) => s.dispose())));

describe('guessing join codes', () => {
  let server: TestServer;
  let workshop: CreatedWorkshop;
  beforeAll(async () => {
    server = await start();
    workshop = await server.createWorkshop('Devinettes');
  });

  it('answers 429 with Retry-After after 60 wrong codes a minute from one address, even for the right code', async () => {
    for (let i = 0; i < 60; i++) {
      const res = await send<ApiError>(server, '/api/join', { code: wrongCode(i), name: 'Robot' });
      expect(res.status, `attempt ${i + 1}`).toBe(404);
    }
    const refused = await send<ApiError>(server, '/api/join', { code: wrongCode(60), name: 'Robot' });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    // Past the limit the address is refused before its code is even looked at.
    expect((await send(server, '/api/join', { code: workshop.joinCode, name: 'Robot' })).status).toBe(429);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says the proxy is trusted', async () => {
    // The same server, whose socket address (127.0.0.1) is already past its limit.
    expect((await send(server, '/api/join', { code: wrongCode(1), name: 'Robot' }, from('198.51.100.7'))).status).toBe(429);
  });
});

describe('behind a trusted proxy', () => {
  let server: TestServer;
  let workshop: CreatedWorkshop;
  beforeAll(async () => {
    server = await start({ TRUST_PROXY: 'loopback' });
    workshop = await server.createWorkshop('Salle comble');
  });

  it('admits a room of 300 behind one address, typos included: successful joins never count', async () => {
    const room = '203.0.113.10';
    for (let i = 0; i < 300; i++) {
      if (i % 10 === 0) expect((await send(server, '/api/join', { code: wrongCode(i), name: `Faute ${i}` }, from(room))).status).toBe(404);
      // As people type it: lower case, with a dash.
      const code = `${workshop.joinCode.slice(0, 4)}-${workshop.joinCode.slice(4)}`.toLowerCase();
      const res = await send(server, '/api/join', { code, name: `Personne ${i}` }, from(room));
      expect(res.status, `person ${i + 1}`).toBe(200);
    }
  });

  it('counts each client address apart, and an IPv6 /64 as one', async () => {
    for (let i = 0; i < 60; i++) await send(server, '/api/join', { code: wrongCode(i), name: 'A' }, from(`2001:db8:1:2::${i.toString(16)}`));
    expect((await send(server, '/api/join', { code: wrongCode(0), name: 'A' }, from('2001:db8:1:2:ffff::1'))).status).toBe(429);
    expect((await send(server, '/api/join', { code: workshop.joinCode, name: 'B' }, from('2001:db8:1:3::1'))).status).toBe(200);
  });

  it('limits failures on one code from many addresses: 30 a minute', async () => {
    const code = wrongCode(4242);
    for (let i = 0; i < 30; i++) expect((await send(server, '/api/join', { code, name: 'N' }, from(`192.0.2.${i + 1}`))).status).toBe(404);
    const refused = await send<ApiError>(server, '/api/join', { code, name: 'N' }, from('192.0.2.200'));
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
  });

  it('refuses an archived workshop’s code with reason archived, and counts it as a failure', async () => {
    const archived = await server.createWorkshop('Archivé');
    const res = await fetch(`${server.url}/api/workshops/${archived.id}/archive`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${archived.organiserToken}` },
      body: JSON.stringify({ archived: true }),
    });
    expect(res.status).toBe(200);
    for (let i = 0; i < 30; i++) {
      const refused = await send<ApiError>(server, '/api/join', { code: archived.joinCode, name: 'Tard' }, from('203.0.113.99'));
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ code: 'forbidden', reason: 'archived' });
    }
    // Thirty failures on this code: its own limit, whatever the address.
    expect((await send(server, '/api/join', { code: archived.joinCode, name: 'Tard' }, from('203.0.113.98'))).status).toBe(429);
  });

  it('limits invitation redemptions per address: 30 a minute', async () => {
    const address = from('203.0.113.50');
    for (let i = 0; i < 30; i++) {
      expect((await send(server, '/api/invites/redeem', { invite: `not-a-token-${i}`, name: 'I' }, address)).status).toBe(401);
    }
    const refused = await send<ApiError>(server, '/api/invites/redeem', { invite: 'not-a-token-x', name: 'I' }, address);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).not.toBeNull();
  });
});

describe('creating and importing workshops', () => {
  it('limits creations per address: 100 an hour by default, as RATE_CREATIONS_PER_HOUR sets', async () => {
    const server = await start({ TRUST_PROXY: 'loopback', RATE_CREATIONS_PER_HOUR: '3' });
    const address = from('203.0.113.20');
    for (let i = 0; i < 3; i++) expect((await send(server, '/api/workshops', { title: `Atelier ${i}` }, address)).status).toBe(201);
    const refused = await send<ApiError>(server, '/api/workshops', { title: 'Encore' }, address);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(60);
    expect((await send(server, '/api/workshops', { title: 'Voisin' }, from('203.0.113.21'))).status).toBe(201);
  });

  it('limits imports per address, refused files included', async () => {
    const server = await start({ TRUST_PROXY: 'loopback', RATE_IMPORTS_PER_HOUR: '2' });
    const address = from('203.0.113.30');
    expect((await send(server, '/api/workshops/import', { format: 'miro' }, address)).status).toBe(400);
    const backup = largeBackup(8);
    expect((await send(server, '/api/workshops/import', backup, address)).status).toBe(201);
    const refused = await send<ApiError>(server, '/api/workshops/import', backup, address);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
  });

  it('turns a limit off with 0', async () => {
    const server = await start({ RATE_JOIN_FAILURES_PER_MINUTE: '0', RATE_JOIN_FAILURES_PER_HOUR: '0', RATE_JOIN_FAILURES_PER_CODE_PER_MINUTE: '0' });
    for (let i = 0; i < 70; i++) expect((await send(server, '/api/join', { code: wrongCode(0), name: 'X' })).status).toBe(404);
  });
});
