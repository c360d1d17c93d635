/** Tokens expire, renew, and lapse when their generation is revoked: checked with a clock of our own. */
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import type { TokenClaims } from '@shared/protocol';
import type { WorkshopRecord } from '../storage/storage';
import { Authenticator } from './authenticator';
import { GenerationCache } from './generations';
import { RENEW_AFTER_MS, TOKEN_LIFETIME_MS } from './token-lifetimes';
import { TokenIssuer } from './tokens';

const secret = new TextEncoder().encode('a-test-secret-of-more-than-thirty-two-chars');
const DAY = 86_400_000;
const workshop: WorkshopRecord = {
  id: 'workshop001',
  title: 'T',
  date: null,
  place: null,
  joinCode: 'ACDEFGHJ',
  createdAt: 0,
  archivedAt: null,
  retentionDays: null,
  anonymisedAt: null,
  linkGenerations: { facilitator: 0, viewer: 0, participant: 0 },
  organiserGeneration: 0,
};
const participant: TokenClaims = { wid: workshop.id, role: 'participant', pid: 'participant01', gen: 0 };

function setUp() {
  let now = Date.UTC(2026, 5, 1);
  const clock = () => now;
  const record = { ...workshop, linkGenerations: { ...workshop.linkGenerations } };
  const tokens = new TokenIssuer(secret, clock);
  const auth = new Authenticator(tokens, { getWorkshop: async (id) => (id === record.id ? record : null) }, clock);
  return { tokens, auth, record, advance: (ms: number) => (now += ms), clock };
}

describe('token lifetimes', () => {
  it('accepts a token until its role’s lifetime has passed', async () => {
    const { tokens, auth, advance } = setUp();
    const token = await tokens.sign(participant);
    advance(TOKEN_LIFETIME_MS.participant - 1_000);
    expect(await auth.authenticate(token)).toMatchObject(participant);
    advance(2_000);
    expect(await auth.authenticate(token)).toBeNull();
  });

  it('gives organisers longer than participants', () => {
    expect(TOKEN_LIFETIME_MS.organiser).toBeGreaterThan(TOKEN_LIFETIME_MS.participant);
  });

  it('renews a token used after a day, with the same claims and a fresh expiry', async () => {
    const { tokens, auth, advance } = setUp();
    const bearer = (await auth.bearer(await tokens.sign(participant)))!;
    expect(auth.renewal(bearer)).toBeNull();
    advance(RENEW_AFTER_MS);
    const renewed = (await auth.bearer(await auth.renewal(bearer)!))!;
    expect(renewed.claims).toEqual(participant);
    expect(renewed.expiresAt - bearer.expiresAt).toBe(RENEW_AFTER_MS);
  });

  it('keeps a token made before expiry existed valid for one lifetime after the server starts', async () => {
    const { tokens, auth, advance } = setUp();
    const legacy = await new SignJWT({ ...participant }).setProtectedHeader({ alg: 'HS256' }).setIssuer('coatelier').setIssuedAt().sign(secret);
    const bearer = await tokens.verify(legacy);
    expect(bearer?.claims).toEqual(participant);
    advance(TOKEN_LIFETIME_MS.participant + DAY);
    expect(await auth.authenticate(legacy)).toBeNull();
  });
});

describe('generations', () => {
  it('lapses an open connection’s token once its generation is revoked, in memory', async () => {
    const { tokens, auth, record } = setUp();
    const bearer = (await auth.bearer(await tokens.sign(participant)))!;
    expect(auth.lapse(bearer)).toBeNull();
    record.linkGenerations.participant = 1;
    auth.generations.note(record.id, { links: record.linkGenerations, organiser: 0 }, 'revoked');
    expect(auth.lapse(bearer)).toBe('revoked');
    expect(await auth.authenticate(await tokens.sign(participant))).toBeNull();
  });

  it('revokes organisers by their own generation; a token without gen is generation 0', async () => {
    const { tokens, auth, record } = setUp();
    const organiser = (await auth.bearer(await tokens.sign({ wid: record.id, role: 'organiser', pid: 'organiser001' })))!;
    record.organiserGeneration = 1;
    auth.generations.note(record.id, { links: record.linkGenerations, organiser: 1 }, 'revoked');
    expect(auth.lapse(organiser)).toBe('revoked');
    expect(await auth.authenticate(await tokens.sign({ wid: record.id, role: 'organiser', pid: 'organiser001', gen: 1 }))).not.toBeNull();
  });

  it('says when an open connection’s token expired', async () => {
    const { tokens, auth, advance } = setUp();
    const bearer = (await auth.bearer(await tokens.sign(participant)))!;
    advance(TOKEN_LIFETIME_MS.participant);
    expect(auth.lapse(bearer)).toBe('expired');
  });

  it('never goes back: a stale read after a revocation changes nothing, and listeners hear only growth', () => {
    const cache = new GenerationCache();
    const heard: string[] = [];
    cache.onGrown((wid, g, source) => heard.push(`${wid}:${g.links.viewer}:${source}`));
    const links = { facilitator: 0, viewer: 0, participant: 0 };
    cache.note('w1', { links, organiser: 0 });
    cache.note('w1', { links: { ...links, viewer: 2 }, organiser: 0 }, 'remote');
    cache.note('w1', { links, organiser: 0 });
    expect(cache.get('w1')!.links.viewer).toBe(2);
    expect(heard).toEqual(['w1:0:storage', 'w1:2:remote']);
  });
});
