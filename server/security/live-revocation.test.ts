/**
 * What the organiser revokes stops at once on open connections, on both transports: the
 * connection is told why and closed within a second, and what it sends after is not
 * stored. Expired tokens are refused; tokens in use are renewed; organiser sessions can be
 * revoked too, the caller staying in with a fresh token.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cardsOf } from '@shared/board-model';
import { RENEWED_TOKEN_HEADER, type InviteLink, type TokenClaims } from '@shared/protocol';
import { decodeJwt } from 'jose';
import * as Y from 'yjs';
import { SocketIOProvider } from '../../client/src/sync/socketio-provider';
import { TOKEN_LIFETIME_MS } from '../auth/token-lifetimes';
import { TokenIssuer } from '../auth/tokens';
import { withTimeout } from './live-timing';
import { cardUpdate, openRaw } from './live-harness';
import { TRANSPORTS, openRoom, type Room } from './write-harness';

const SECRET = 'a-secret-for-the-live-revocation-tests';
let room: Room;
afterEach(() => room.dispose());

/** A token for these claims as the server would have signed it `ageMs` ago. */
function tokenFrom(ageMs: number, claims: TokenClaims): Promise<string> {
  return new TokenIssuer(new TextEncoder().encode(SECRET), () => Date.now() - ageMs).sign(claims);
}

describe.each(TRANSPORTS)('over %s', (transport) => {
  it.each(['participant', 'viewer'] as const)('revoking %s links closes their open connections, and stores nothing they send after', async (role) => {
    room = await openRoom();
    const token =
      role === 'participant'
        ? room.alice.token
        : (await room.request<InviteLink>('POST', `/api/workshops/${room.workshop.id}/links`, { role: 'viewer' }, room.organiser.token)).body.token;
    const client = await openRaw(transport, room.server.url, room.boardId, token);
    expect((await room.request('POST', `/api/workshops/${room.workshop.id}/links/revoke`, { role }, room.organiser.token)).status).toBe(200);
    const taken = client.sendUpdate(cardUpdate('card-after-revoke', room.column, room.alice.pid));
    expect(await withTimeout(client.ended, 1_000, 'the connection closed')).toEqual({ code: 'unauthorized', reason: 'revoked' });
    expect(await taken).toBe(false);
    expect(cardsOf(await room.stored()).has('card-after-revoke')).toBe(false);
    await room.unaffected();
  });

  it('refuses an expired token', async () => {
    room = await openRoom({ SECRET });
    const claims: TokenClaims = { wid: room.workshop.id, role: 'participant', pid: room.alice.pid, gen: 0 };
    const expired = await tokenFrom(TOKEN_LIFETIME_MS.participant + 1_000, claims);
    expect((await room.request('GET', `/api/workshops/${room.workshop.id}`, undefined, expired)).status).toBe(401);
    // Socket.IO refuses at the handshake; y-websocket opens, then closes with 4401.
    const ended = await openRaw(transport, room.server.url, room.boardId, expired).then(
      (client) => client.ended,
      (err: Error) => ({ code: err.message }),
    );
    expect(ended).toMatchObject({ code: 'unauthorized' });
  });

  it('renews a token more than a day old: in an HTTP header, and in the Socket.IO join ack', async () => {
    room = await openRoom({ SECRET });
    const claims: TokenClaims = { wid: room.workshop.id, role: 'participant', pid: room.alice.pid, gen: 0 };
    const old = await tokenFrom(2 * 86_400_000, claims);
    const res = await fetch(`${room.server.url}/api/workshops/${room.workshop.id}`, { headers: { authorization: `Bearer ${old}` } });
    const renewed = res.headers.get(RENEWED_TOKEN_HEADER);
    expect(renewed).toBeTruthy();
    expect(decodeJwt(renewed!)).toMatchObject({ ...claims, exp: expect.any(Number) });
    expect(decodeJwt(renewed!).exp!).toBeGreaterThan(decodeJwt(old).exp!);
    expect((await room.request('GET', `/api/workshops/${room.workshop.id}`, undefined, renewed!)).status).toBe(200);
    // A fresh token is not renewed.
    const fresh = await fetch(`${room.server.url}/api/workshops/${room.workshop.id}`, { headers: { authorization: `Bearer ${renewed}` } });
    expect(fresh.headers.get(RENEWED_TOKEN_HEADER)).toBeNull();
    const client = await openRaw(transport, room.server.url, room.boardId, old);
    if (transport === 'socket.io') expect(decodeJwt((client.joinAck as { token?: string }).token!)).toMatchObject(claims);
    client.close();
  });

  it('revoking organiser sessions closes every open one; the caller stays in with a fresh token', async () => {
    room = await openRoom();
    const id = room.workshop.id;
    const open = await openRaw(transport, room.server.url, room.boardId, room.organiser.token);
    expect((await room.request('POST', `/api/workshops/${id}/organiser/revoke`, {}, room.alice.token)).status).toBe(403);
    const { status, body } = await room.request<{ organiserToken: string }>('POST', `/api/workshops/${id}/organiser/revoke`, {}, room.organiser.token);
    expect(status).toBe(200);
    expect(await withTimeout(open.ended, 1_000, 'the organiser connection closed')).toEqual({ code: 'unauthorized', reason: 'revoked' });
    expect((await room.request('GET', `/api/workshops/${id}`, undefined, room.organiser.token)).status).toBe(401);
    expect((await room.request('GET', `/api/workshops/${id}`, undefined, body.organiserToken)).status).toBe(200);
    expect(decodeJwt(body.organiserToken)).toMatchObject({ role: 'organiser', pid: room.organiser.pid, gen: 1 });
    const again = await openRaw(transport, room.server.url, room.boardId, body.organiserToken);
    expect(await again.sendUpdate(cardUpdate('card-new-organiser', room.column, room.organiser.pid))).toBe(true);
    again.close();
    expect(cardsOf(await room.stored()).has('card-new-organiser')).toBe(true);
    expect(room.bystander.provider.status).toBe('connected');
  });
});

describe('the browser provider', () => {
  it('keeps a renewed token, and presents it when it reconnects', async () => {
    room = await openRoom({ SECRET });
    const claims: TokenClaims = { wid: room.workshop.id, role: 'participant', pid: room.alice.pid, gen: 0 };
    const old = await tokenFrom(2 * 86_400_000, claims);
    const provider = new SocketIOProvider(room.server.url, room.boardId, new Y.Doc(), { token: old, socketOptions: { transports: ['websocket'] } });
    try {
      const renewed = await withTimeout(new Promise<string>((resolve) => provider.on('token', resolve)), 5_000, 'a renewed token');
      expect(decodeJwt(renewed)).toMatchObject(claims);
      expect(decodeJwt(renewed).exp!).toBeGreaterThan(decodeJwt(old).exp!);
      expect(provider.socket.auth).toEqual({ token: renewed });
    } finally {
      provider.destroy();
    }
  });
});
