/**
 * A room for the write-rule tests: a real server on its own storage (read back and decoded
 * to prove what was or was not stored), an organiser, a facilitator, two participants, and
 * writers on both transports that send an edit as one update and report the server's answer.
 */
import { expect } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import { cardsOf } from '@shared/board-model';
import type { FacilitatorCommand } from '@shared/facilitation';
import { EVENTS, type Ack, type CreatedWorkshop, type InviteLink, type RedeemResult } from '@shared/protocol';
import { startServer, type RunningServer } from '../app';
import { configFromEnv } from '../config';
import { updateMessage } from '../docs/sync-messages';
import { SqliteStore } from '../storage/sqlite-store';
import { connectSocketIO, connectYWebsocket, onDocChange, waitConverged, waitUntil, type SioClient } from '../test-support/test-clients';
import { apiClient, tempDataDir, testEnv } from '../test-support/test-server';

export type Transport = 'socket.io' | 'y-websocket';
export const TRANSPORTS: Transport[] = ['socket.io', 'y-websocket'];

export type Outcome = { ok: true } | { ok: false; code: string; reason?: string; message: string };

export interface Person {
  token: string;
  pid: string;
}

export interface Room {
  server: RunningServer;
  storage: SqliteStore;
  workshop: CreatedWorkshop;
  boardId: string;
  column: string;
  otherColumn: string;
  organiser: Person;
  facilitator: Person;
  alice: Person;
  bob: Person;
  /** A facilitator connection that stays open all along: it runs commands and must never be disturbed. */
  bystander: SioClient;
  request: ReturnType<typeof apiClient>;
  command(command: FacilitatorCommand): Promise<Ack>;
  /** The board as stored: every stored row applied to a fresh document. */
  stored(docKey?: string): Promise<Y.Doc>;
  /** The bystander still writes, is acknowledged, and a newcomer reads the same board. */
  unaffected(): Promise<void>;
  dispose(): Promise<void>;
}

const pidOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { pid: string }).pid;

export async function openRoom(env: Record<string, string> = {}): Promise<Room> {
  const dataDir = tempDataDir();
  const storage = new SqliteStore({ dataDir });
  const server = await startServer(configFromEnv(testEnv(dataDir, env)), { storage });
  const request = apiClient(server.url);
  const workshop = (await request<CreatedWorkshop>('POST', '/api/workshops', { title: 'Règles d’écriture', template: 'rencontre-ess' })).body;
  const board = workshop.boards[0]!;
  const link = await request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'facilitator', boardId: board.id }, workshop.organiserToken);
  const redeemed = (await request<RedeemResult>('POST', '/api/invites/redeem', { invite: link.body.token, name: 'Fanny' })).body;
  const join = async (name: string): Promise<Person> => {
    const { body } = await request<{ participantToken: string; participantId: string }>('POST', '/api/join', { code: workshop.joinCode, name });
    return { token: body.participantToken, pid: body.participantId };
  };
  const facilitator = { token: redeemed.token, pid: redeemed.participantId };
  const bystander = await connectSocketIO(server.url, board.id, facilitator.token);
  const room: Room = {
    server,
    storage,
    workshop,
    boardId: board.id,
    column: board.columns[0]!.id,
    otherColumn: board.columns[1]!.id,
    organiser: { token: workshop.organiserToken, pid: pidOf(workshop.organiserToken) },
    facilitator,
    alice: await join('Alice'),
    bob: await join('Bob'),
    bystander,
    request,
    command: (command) => bystander.provider.command(command),
    async stored(docKey = board.id) {
      const doc = new Y.Doc();
      const { updates } = await storage.loadBoard(docKey);
      if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
      return doc;
    },
    async unaffected() {
      const id = `witness-${Math.random().toString(36).slice(2, 10)}`;
      const writer = await openWriter(room, 'socket.io', facilitator);
      expect(await writer.attempt((doc) => addWitness(doc, id, room.column, facilitator.pid))).toEqual({ ok: true });
      await waitUntil(() => cardsOf(bystander.doc).has(id), onDocChange([bystander.doc]), 'the bystander sees the witness');
      const fresh = await connectSocketIO(server.url, board.id, workshop.organiserToken);
      await waitConverged([fresh.doc, bystander.doc]);
      fresh.provider.destroy();
      writer.close();
      expect(bystander.provider.status).toBe('connected');
    },
    async dispose() {
      bystander.provider.destroy();
      await server.close();
    },
  };
  return room;
}

function addWitness(doc: Y.Doc, id: string, column: string, author: string): void {
  const map = new Y.Map<unknown>();
  map.set('text', new Y.Text('témoin'));
  map.set('column', column);
  map.set('order', 'a0');
  map.set('author', author);
  map.set('authorName', '');
  cardsOf(doc).set(id, map);
}

export interface Writer {
  /** The writer's own copy of the document, kept in sync by its provider. */
  doc: Y.Doc;
  /** Makes `edit` on a copy of the writer's document and sends it as one update. */
  attempt(edit: (doc: Y.Doc) => void): Promise<Outcome>;
  /** Sends a hand-made update. */
  send(update: Uint8Array): Promise<Outcome>;
  close(): void;
}

/** The update that `edit` makes on a copy of `doc` (the copy is thrown away), under `clientID` if given. */
export function updateFrom(doc: Y.Doc, edit: (doc: Y.Doc) => void, clientID?: number): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  // After the state: Yjs gives a document a new id when an update brings structs under its own.
  if (clientID !== undefined) copy.clientID = clientID;
  const updates: Uint8Array[] = [];
  copy.on('update', (u: Uint8Array) => updates.push(u));
  copy.transact(() => edit(copy));
  copy.destroy();
  return updates.length > 0 ? Y.mergeUpdates(updates) : new Uint8Array([0, 0]);
}

/** Whether `doc` already holds everything `update` says. */
function holds(doc: Y.Doc, update: Uint8Array): boolean {
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateAsUpdate(probe);
  Y.applyUpdate(probe, update);
  const after = Y.encodeStateAsUpdate(probe);
  return before.length === after.length && before.every((b, i) => b === after[i]);
}

/** The close codes docs/protocol.md names; anything else closes with 4500. */
const CLOSE_CODES: Record<number, string> = { 4400: 'invalid_request', 4401: 'unauthorized', 4403: 'forbidden', 4404: 'not_found', 4413: 'payload_too_large', 4429: 'rate_limited', 4503: 'storage_unavailable' };

export async function openWriter(room: Room, transport: Transport, person: Person, docId = room.boardId): Promise<Writer> {
  if (transport === 'socket.io') {
    const { doc, provider } = await connectSocketIO(room.server.url, docId, person.token);
    const send = async (update: Uint8Array): Promise<Outcome> => {
      const ack = (await provider.socket.emitWithAck(EVENTS.sync, docId, updateMessage(update))) as Ack;
      if (ack.ok) return { ok: true };
      return { ok: false, code: ack.error.code, reason: ack.error.reason, message: ack.error.message };
    };
    return { doc, send, attempt: (edit) => send(updateFrom(doc, edit)), close: () => provider.destroy() };
  }
  const { doc, provider } = await connectYWebsocket(room.server.url, docId, person.token);
  const ws = provider.ws as unknown as WebSocket;
  // A refused update closes the socket: the stock provider would reconnect and send it again.
  provider.shouldConnect = false;
  const send = (update: Uint8Array): Promise<Outcome> =>
    new Promise((resolve) => {
      const message = updateMessage(update);
      const frame = new Uint8Array(message.length + 1); // message type 0: sync
      frame.set(message, 1);
      const onClose = (event: { code: number; reason: string }) => {
        doc.off('update', onUpdate);
        resolve({ ok: false, code: CLOSE_CODES[event.code] ?? `closed ${event.code}`, message: event.reason });
      };
      const onUpdate = () => {
        if (!holds(doc, update)) return;
        ws.removeEventListener('close', onClose);
        doc.off('update', onUpdate);
        resolve({ ok: true });
      };
      ws.addEventListener('close', onClose, { once: true });
      doc.on('update', onUpdate);
      ws.send(frame);
    });
  return { doc, send, attempt: (edit) => send(updateFrom(doc, edit)), close: () => provider.destroy() };
}

/** What `person` gets for `edit` (or a hand-made update), sent over `transport` from a fresh connection. */
export async function attempt(
  room: Room,
  transport: Transport,
  person: Person,
  edit: ((doc: Y.Doc) => void) | Uint8Array,
  docId = room.boardId,
): Promise<Outcome> {
  const writer = await openWriter(room, transport, person, docId);
  try {
    return await (edit instanceof Uint8Array ? writer.send(edit) : writer.attempt(edit));
  } finally {
    writer.close();
  }
}

/**
 * A refusal with this code and reason: in the Socket.IO ack; over y-websocket in the close
 * code (when the protocol names one) and the close reason, which is the refusal's reason.
 */
export function expectRefused(outcome: Outcome, transport: Transport, code: string, reason?: string): void {
  if (transport === 'socket.io') {
    expect(outcome).toMatchObject({ ok: false, code, ...(reason ? { reason } : {}) });
    return;
  }
  expect(outcome.ok).toBe(false);
  if (Object.values(CLOSE_CODES).includes(code)) expect(outcome).toMatchObject({ code });
  if (reason) expect(outcome).toMatchObject({ message: reason });
}
