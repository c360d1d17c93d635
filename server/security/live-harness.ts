/**
 * Raw clients for the live-connection tests, the same on both transports: they join a
 * board, send hand-made presence and updates, record every presence message they receive,
 * and report how the server ended them (its refusal's code and reason).
 */
import { io, type Socket } from 'socket.io-client';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { addCard } from '@shared/board-model';
import { EVENTS, PROTOCOL_VERSION, type Ack, type JoinBoardAck, type Refusal } from '@shared/protocol';
import { bytesFromWire } from '@shared/wire-bytes';
import { writePresenceEntries, type PresenceEntry } from '../docs/presence-wire';
import { updateMessage } from '../docs/sync-messages';
import type { Transport } from './write-harness';

export interface Ended {
  code: string;
  reason?: string;
}

export interface RawClient {
  transport: Transport;
  /** Every presence message received, in order. */
  presence: Uint8Array[];
  /** Subscribes to new presence messages (for waitUntil). */
  onPresence(listener: () => void): () => void;
  /** The server's answer to the join (Socket.IO only; y-websocket has none). */
  joinAck: JoinBoardAck | null;
  sendPresence(entries: PresenceEntry[]): void;
  sendRawPresence(update: Uint8Array): void;
  /** Sends an update; resolves true when acknowledged, false when refused or the connection ends. */
  sendUpdate(update: Uint8Array): Promise<boolean>;
  /** Resolves once the server has handled everything this client sent before (a sync round trip). */
  roundTrip(): Promise<void>;
  /** How the server ended this connection. */
  ended: Promise<Ended>;
  close(): void;
}

const CLOSE_CODES: Record<number, string> = {
  4400: 'invalid_request',
  4401: 'unauthorized',
  4403: 'forbidden',
  4404: 'not_found',
  4429: 'rate_limited',
};

function step1(): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
}

export async function openRaw(transport: Transport, url: string, docId: string, token: string): Promise<RawClient> {
  return transport === 'socket.io' ? openSocketIO(url, docId, token) : openYWebsocket(url, docId, token);
}

/** A list of received presence messages that tells its listeners when one arrives. */
function presenceLog() {
  const presence: Uint8Array[] = [];
  const listeners = new Set<() => void>();
  return {
    presence,
    received(message: Uint8Array) {
      presence.push(message);
      for (const l of listeners) l();
    },
    onPresence(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

async function openSocketIO(url: string, docId: string, token: string): Promise<RawClient> {
  const socket: Socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false });
  const { presence, received, onPresence } = presenceLog();
  let lastRefusal: Refusal | null = null;
  socket.on(EVENTS.awareness, (id: string, data: unknown) => {
    if (id === docId) received(bytesFromWire(data));
  });
  socket.on(EVENTS.refused, (refusal: Refusal) => (lastRefusal = refusal));
  const ended = new Promise<Ended>((resolve) => {
    socket.on('disconnect', () => resolve({ code: lastRefusal?.error.code ?? 'disconnected', reason: lastRefusal?.error.reason }));
    socket.on('connect_error', (err) => resolve({ code: err.message }));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const joinAck = (await socket.emitWithAck(EVENTS.join, { boardId: docId, protocol: PROTOCOL_VERSION })) as JoinBoardAck;
  return {
    transport: 'socket.io',
    presence,
    onPresence,
    joinAck,
    sendPresence: (entries) => void socket.emit(EVENTS.awareness, docId, writePresenceEntries(entries)),
    sendRawPresence: (update) => void socket.emit(EVENTS.awareness, docId, update),
    sendUpdate: (update) =>
      Promise.race([
        socket.emitWithAck(EVENTS.sync, docId, updateMessage(update)).then((ack: Ack) => ack.ok),
        ended.then(() => false),
      ]),
    roundTrip: async () => void (await socket.emitWithAck(EVENTS.sync, docId, step1())),
    ended,
    close: () => void socket.disconnect(),
  };
}

async function openYWebsocket(url: string, docId: string, token: string): Promise<RawClient> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/yjs/${docId}?token=${encodeURIComponent(token)}`);
  const { presence, received, onPresence } = presenceLog();
  const waiting: (() => void)[] = [];
  ws.on('message', (data: Buffer) => {
    const bytes = new Uint8Array(data);
    if (bytes[0] === 1) received(readPayload(bytes));
    // Sync: the server's step 1 at the start, relayed updates, and step 2 answers to ours.
    if (bytes[0] === 0 && bytes[1] === syncProtocol.messageYjsSyncStep2) waiting.shift()?.();
  });
  const ended = new Promise<Ended>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code: CLOSE_CODES[code] ?? `closed ${code}`, reason: reason.toString() }));
    ws.on('unexpected-response', (req, res) => {
      req.destroy();
      resolve({ code: res.statusCode === 429 ? 'rate_limited' : `http ${res.statusCode}` });
    });
  });
  // Refused before the handshake (HTTP 429): fails like a Socket.IO connect_error.
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    void ended.then((e) => reject(new Error(e.code)));
  });
  const frame = (type: number, payload: Uint8Array, varLength: boolean) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    if (varLength) encoding.writeVarUint8Array(encoder, payload);
    else encoding.writeUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  };
  const roundTrip = () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      ws.send(frame(0, step1(), false));
    });
  return {
    transport: 'y-websocket',
    presence,
    onPresence,
    joinAck: null,
    sendPresence: (entries) => ws.send(frame(1, writePresenceEntries(entries), true)),
    sendRawPresence: (update) => ws.send(frame(1, update, true)),
    // y-websocket acknowledges nothing: an update is taken when the round trip after it comes back.
    sendUpdate: async (update) => {
      if (ws.readyState !== WebSocket.OPEN) return false;
      ws.send(frame(0, updateMessage(update), false));
      return Promise.race([roundTrip().then(() => true), ended.then(() => false)]);
    },
    roundTrip,
    ended,
    close: () => ws.close(),
  };
}

/** The awareness update in a y-websocket frame: a varUint8Array after the type. */
function readPayload(bytes: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(bytes);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

/** One new card, as the update a client would send. */
export function cardUpdate(id: string, column: string, author: string): Uint8Array {
  const doc = new Y.Doc();
  addCard(doc, { id, column, author, authorName: '', text: `carte ${id}` });
  return Y.encodeStateAsUpdate(doc);
}

/** Presence as a client would hold it: every received message applied to a fresh Awareness. */
export function presenceSeen(messages: readonly Uint8Array[]): Map<number, Record<string, unknown>> {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(null);
  for (const message of messages) applyAwarenessUpdate(awareness, message, 'server');
  const states = new Map(awareness.getStates() as Map<number, Record<string, unknown>>);
  awareness.destroy();
  return states;
}
