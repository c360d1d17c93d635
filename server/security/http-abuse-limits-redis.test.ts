/**
 * Two instances behind one proxy share their counts through Redis: wrong join codes sent to
 * either count against the same address and code. Skipped without Redis and PostgreSQL on a
 * laptop; in CI they must be there.
 */
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL, createSchema, databaseUrlFor, dropSchema, freshSchema, servicesFor } from '../test-support/services';
import { startTestServer, type TestServer } from '../test-support/test-server';

const available = await servicesFor('redis', 'postgres');
const servers: TestServer[] = [];
// Several instances share one database (REDIS_URL without DATABASE_URL is refused).
const schema = freshSchema();
beforeAll(async () => {
  if (available) await createSchema(schema);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.dispose()));
  if (available) await dropSchema(schema);
});

/** Addresses and a code of this run only: counts of earlier runs stay in Redis for an hour. */
const run = randomInt(0xffff_ffff).toString(16).padStart(8, '0');
/** One /64 per `i` (the limits count IPv6 clients per /64). */
const addressOf = (i: number) => `2001:${run.slice(0, 4)}:${run.slice(4)}:${i.toString(16)}::1`;
const address = addressOf(0);
const runCode = Array.from({ length: 8 }, () => 'ACDEFGHJKMNPQRTUVWXY34679'[randomInt(25)]).join('');

const join = (server: TestServer, code: string, forwardedFor: string) =>
  fetch(`${server.url}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ code, name: 'Robot' }),
  });

describe.skipIf(!available)('two instances on one Redis and one PostgreSQL', () => {
  it('count wrong join codes together, per address and per code', async () => {
    for (let i = 0; i < 2; i++) servers.push(await startTestServer({ REDIS_URL: TEST_REDIS_URL, DATABASE_URL: databaseUrlFor(schema), TRUST_PROXY: 'loopback' }));
    const [a, b] = servers as [TestServer, TestServer];
    const wrong = (i: number) => `${runCode.slice(0, 4)}${String(i).padStart(4, '0').replace(/[0-9]/g, (d) => 'ADEFGHJKMN'[Number(d)]!)}`;
    for (let i = 0; i < 60; i++) expect((await join(i % 2 ? a : b, wrong(i), address)).status, `attempt ${i + 1}`).toBe(404);
    for (const server of [a, b]) {
      const refused = await join(server, wrong(99), address);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // One code tried from many addresses, half on each instance.
    for (let i = 0; i < 30; i++) expect((await join(i % 2 ? a : b, runCode, addressOf(i + 1))).status).toBe(404);
    expect((await join(a, runCode, addressOf(99))).status).toBe(429);
  });
});
