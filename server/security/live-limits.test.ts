/**
 * Limits on live connections, on both transports: a connection that floods is closed with
 * `rate_limited` while everyone else carries on; one address holds at most so many
 * connections; a WebSocket upgrade on any other path is closed at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import WebSocket from 'ws';
import { presenceOf } from './presence-fixtures';
import { openRaw } from './live-harness';
import { TRANSPORTS, openRoom, type Room } from './write-harness';

let room: Room;
afterEach(() => room.dispose());

describe.each(TRANSPORTS)('over %s', (transport) => {
  it('closes a connection that sends more messages per second than allowed, and only that one', async () => {
    room = await openRoom({ MAX_MESSAGES_PER_SECOND: '20', MESSAGE_BURST: '10' });
    const honest = await openRaw(transport, room.server.url, room.boardId, room.bob.token);
    const flood = await openRaw(transport, room.server.url, room.boardId, room.alice.token);
    const state = presenceOf(room.alice.token, 'Alice');
    for (let i = 1; i <= 500; i++) flood.sendPresence([{ clientId: 77, clock: i, state }]);
    expect(await flood.ended).toEqual({ code: 'rate_limited', reason: 'too_many_messages' });
    await honest.roundTrip();
    honest.close();
    await room.unaffected();
  });

  it('refuses a connection past the limit per address, and admits again once one closes', async () => {
    // The bystander holds one connection from this address already.
    room = await openRoom({ MAX_CONNECTIONS_PER_ADDRESS: '3' });
    const first = await openRaw('socket.io', room.server.url, room.boardId, room.alice.token);
    const second = await openRaw('y-websocket', room.server.url, room.boardId, room.alice.token);
    const refused = await openRaw(transport, room.server.url, room.boardId, room.bob.token).then(
      (client) => client.ended,
      (err: Error) => ({ code: err.message }),
    );
    expect(refused).toMatchObject({ code: 'rate_limited' });
    first.close();
    second.close();
    await Promise.all([first.ended, second.ended]);
    // The server counts a close when it sees it, which may be just after the client does.
    let admitted = null;
    for (let attempt = 0; attempt < 20 && !admitted; attempt++) {
      admitted = await openRaw(transport, room.server.url, room.boardId, room.bob.token).catch(() => null);
    }
    await admitted!.roundTrip();
    admitted!.close();
  });
});

describe('WebSocket upgrades', () => {
  it('count a failed handshake only while its socket is open', async () => {
    room = await openRoom({ MAX_CONNECTIONS_PER_ADDRESS: '3' });
    const { port } = new URL(room.server.url);
    for (let i = 0; i < 5; i++) {
      // An upgrade to /yjs/ without a valid key: refused by the WebSocket handshake itself.
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () =>
          socket.write(`GET /yjs/${room.boardId} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`),
        );
        let text = '';
        socket.on('data', (d) => (text += d.toString()));
        socket.on('close', () => resolve(text));
      });
      expect(answer).toMatch(/^HTTP\/1.1 400/);
    }
    const client = await openRaw('y-websocket', room.server.url, room.boardId, room.alice.token);
    await client.roundTrip();
    client.close();
  });

  it('closes an upgrade on an unknown path at once, without a handshake', async () => {
    room = await openRoom();
    const ws = new WebSocket(`${room.server.url.replace(/^http/, 'ws')}/anything/else`);
    let opened = false;
    ws.on('open', () => (opened = true));
    ws.on('error', () => undefined);
    const code = await new Promise<number>((resolve) => ws.on('close', resolve));
    expect(opened).toBe(false);
    expect(code).toBe(1006);
    await room.unaffected();
  });
});
