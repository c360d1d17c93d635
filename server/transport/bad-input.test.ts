import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addCard, listCards } from '@shared/board-model';
import { EVENTS, PROTOCOL_VERSION, type CreatedWorkshop, type JoinBoardAck, type Refusal } from '@shared/protocol';
import { updateMessage } from '../docs/sync-messages';
import { connectSocketIO, connectYWebsocket, waitConverged, waitSaved, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

const MAX_BYTES = 64 * 1024;
let server: TestServer;
let workshop: CreatedWorkshop;
let other: CreatedWorkshop;
let bystander: SioClient;
let boardId: string;
let column: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  server = await startTestServer({ MAX_MESSAGE_BYTES: String(MAX_BYTES) });
  workshop = await server.createWorkshop();
  other = await server.createWorkshop('Autre');
  boardId = workshop.boards[0]!.id;
  column = workshop.boards[0]!.columns[0]!.id;
  bystander = await connectSocketIO(server.url, boardId, workshop.organiserToken);
  addCard(bystander.doc, { id: 'card-witness', column, author: 'o', authorName: 'O', text: 'témoin' });
  await waitSaved(bystander.provider);
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  bystander.provider.destroy();
  await server.dispose();
});

function rawSocket(token: unknown): Socket {
  const socket = io(server.url, { auth: { token }, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  return socket;
}

const connectError = (socket: Socket) => new Promise<Error>((resolve) => socket.once('connect_error', resolve));
const connected = (socket: Socket) => new Promise<void>((resolve) => socket.once('connect', () => resolve()));
const join = (socket: Socket, payload: unknown) =>
  new Promise<JoinBoardAck>((resolve) => socket.emit(EVENTS.join, payload, resolve));

/** The bystander still works: it edits, gets acknowledged, and a newcomer sees the same board. */
async function bystanderUnaffected(): Promise<void> {
  expect(bystander.provider.status).toBe('connected');
  addCard(bystander.doc, { id: `card-${Date.now()}`, column, author: 'o', authorName: 'O', text: 'toujours là' });
  await waitSaved(bystander.provider);
  const fresh = await connectSocketIO(server.url, boardId, workshop.organiserToken);
  await waitConverged([fresh.doc, bystander.doc]);
  expect(listCards(fresh.doc).every((c) => c.text.length > 0)).toBe(true);
  fresh.provider.destroy();
}

describe('Socket.IO refusals', () => {
  it('refuses a missing or forged token at the handshake', async () => {
    expect((await connectError(rawSocket(undefined))).message).toBe('unauthorized');
    const forged = workshop.organiserToken.slice(0, -4) + 'AAAA';
    expect((await connectError(rawSocket(forged))).message).toBe('unauthorized');
  });

  it('refuses an unknown board, another workshop’s board, a bad payload and an old protocol', async () => {
    const socket = rawSocket(workshop.organiserToken);
    await connected(socket);
    expect(await join(socket, { boardId: 'unknownboard', protocol: PROTOCOL_VERSION })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await join(socket, { boardId: other.boards[0]!.id, protocol: PROTOCOL_VERSION })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await join(socket, { board: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await join(socket, { boardId, protocol: PROTOCOL_VERSION + 1 })).toMatchObject({ ok: false, error: { code: 'client_too_old' } });
    await bystanderUnaffected();
  });

  it('refuses sync messages for a board the socket has not joined', async () => {
    const socket = rawSocket(workshop.organiserToken);
    await connected(socket);
    const refused = new Promise<Refusal>((resolve) => socket.once(EVENTS.refused, resolve));
    socket.emit(EVENTS.sync, boardId, new Uint8Array([2, 0]));
    expect((await refused).error.code).toBe('forbidden');
  });

  it('closes only the connection that sends a malformed Yjs update, and stores nothing', async () => {
    const socket = rawSocket(workshop.organiserToken);
    await connected(socket);
    expect((await join(socket, { boardId, protocol: PROTOCOL_VERSION })).ok).toBe(true);
    const before = listCards(bystander.doc).length;
    const refused = new Promise<Refusal>((resolve) => socket.once(EVENTS.refused, resolve));
    const closed = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    // A sync "update" message whose payload is not a Yjs update.
    socket.emit(EVENTS.sync, boardId, new Uint8Array([2, 5, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect((await refused).error.code).toBe('invalid_request');
    await closed;
    expect(listCards(bystander.doc)).toHaveLength(before);
    await bystanderUnaffected();
  });

  it('closes a connection that sends a garbage sync message or awareness update', async () => {
    for (const [event, payload] of [
      [EVENTS.sync, new Uint8Array([9, 9, 9])],
      [EVENTS.awareness, new Uint8Array([0xff, 0xff, 0xff])],
      [EVENTS.sync, 'not binary'],
    ] as const) {
      const socket = rawSocket(workshop.organiserToken);
      await connected(socket);
      expect((await join(socket, { boardId, protocol: PROTOCOL_VERSION })).ok).toBe(true);
      const refused = new Promise<Refusal>((resolve) => socket.once(EVENTS.refused, resolve));
      socket.emit(event, boardId, payload);
      expect((await refused).error.code).toBe('invalid_request');
    }
    await bystanderUnaffected();
  });

  it('drops a connection whose message exceeds the size limit', async () => {
    const socket = rawSocket(workshop.organiserToken);
    await connected(socket);
    expect((await join(socket, { boardId, protocol: PROTOCOL_VERSION })).ok).toBe(true);
    const doc = new Y.Doc();
    addCard(doc, { id: 'card-huge', column, author: 'x', authorName: 'X', text: 'x'.repeat(MAX_BYTES * 2) });
    const closed = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    socket.emit(EVENTS.sync, boardId, updateMessage(Y.encodeStateAsUpdate(doc)));
    await closed;
    expect(listCards(bystander.doc).some((c) => c.id === 'card-huge')).toBe(false);
    await bystanderUnaffected();
  });
});

describe('y-websocket refusals', () => {
  const closeOf = (path: string) =>
    new Promise<{ code: number; reason: string }>((resolve) => {
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}${path}`);
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });

  it('closes with a code that names the refusal', async () => {
    expect((await closeOf(`/yjs/${boardId}`)).code).toBe(4401);
    expect((await closeOf(`/yjs/${boardId}?token=forged`)).code).toBe(4401);
    expect((await closeOf(`/yjs/unknownboard?token=${workshop.organiserToken}`)).code).toBe(4404);
    expect((await closeOf(`/yjs/${boardId}?token=${other.organiserToken}`)).code).toBe(4403);
  });

  it('closes only the connection that sends a malformed message', async () => {
    const client = await connectYWebsocket(server.url, boardId, workshop.organiserToken);
    const ws = client.provider.ws!;
    client.provider.shouldConnect = false;
    const closed = new Promise<number>((resolve) => ws.addEventListener('close', (e) => resolve(e.code)));
    ws.send(new Uint8Array([0, 2, 4, 0xff, 0xff, 0xff, 0xff]));
    expect(await closed).toBe(4400);
    client.provider.destroy();
    await bystanderUnaffected();
  });

  it('closes a connection whose message exceeds the size limit', async () => {
    const client = await connectYWebsocket(server.url, boardId, workshop.organiserToken);
    const ws = client.provider.ws!;
    client.provider.shouldConnect = false;
    const closed = new Promise<number>((resolve) => ws.addEventListener('close', (e) => resolve(e.code)));
    ws.send(new Uint8Array(MAX_BYTES + 10));
    expect(await closed).toBe(1009);
    client.provider.destroy();
    await bystanderUnaffected();
  });
});
