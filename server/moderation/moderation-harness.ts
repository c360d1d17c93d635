/**
 * What the moderation tests share beyond the write-rule room (server/security/write-harness):
 * a card written by someone, the projector's token, and the raw bytes a fresh client receives
 * when it syncs on either transport, to prove that hidden words are not among them.
 */
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { addCard } from '@shared/board-model';
import { newId } from '@shared/ids';
import { EVENTS, PROTOCOL_VERSION, type InviteLink, type JoinBoardAck, type RedeemResult } from '@shared/protocol';
import { openWriter, type Person, type Room, type Transport } from '../security/write-harness';

/** A card written by `person` over Socket.IO; its id. */
export async function cardBy(room: Room, person: Person, text: string): Promise<string> {
  const id = newId();
  const writer = await openWriter(room, 'socket.io', person);
  const outcome = await writer.attempt((doc) => addCard(doc, { id, column: room.column, author: person.pid, authorName: '', text }));
  writer.close();
  if (!outcome.ok) throw new Error(`the card was refused: ${outcome.message}`);
  return id;
}

/** A projector of the room's board. */
export async function projector(room: Room): Promise<Person> {
  const link = await room.request<InviteLink>('POST', `/api/workshops/${room.workshop.id}/links`, { role: 'viewer', boardId: room.boardId }, room.organiser.token);
  const { body } = await room.request<RedeemResult>('POST', '/api/invites/redeem', { invite: link.body.token, name: 'Écran' });
  return { token: body.token, pid: body.participantId };
}

function step1(): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
}

const isStep2 = (message: Uint8Array) => message[0] === syncProtocol.messageYjsSyncStep2;

/** Where a fresh client connects. */
export interface Target {
  url: string;
  boardId: string;
}

/** Every byte a fresh client receives until the server's answer to its empty state (step 2). */
export function bytesOnJoin(target: Target, transport: Transport, person: Pick<Person, 'token'>): Promise<Uint8Array[]> {
  return transport === 'socket.io' ? socketIOBytes(target, person) : yWebsocketBytes(target, person);
}

/** The room's board, as a target. */
export const roomBoard = (room: Room): Target => ({ url: room.server.url, boardId: room.boardId });

function socketIOBytes({ url, boardId }: Target, person: Pick<Person, 'token'>): Promise<Uint8Array[]> {
  const socket = io(url, { auth: { token: person.token }, transports: ['websocket'] });
  const received: Uint8Array[] = [];
  return new Promise<Uint8Array[]>((resolve, reject) => {
    socket.onAny((_event: string, ...args: unknown[]) => {
      for (const arg of args) if (arg instanceof Uint8Array || arg instanceof ArrayBuffer) received.push(new Uint8Array(arg));
      const last = received.at(-1);
      if (last && isStep2(last)) resolve(received);
    });
    socket.emit(EVENTS.join, { boardId, protocol: PROTOCOL_VERSION }, (ack: JoinBoardAck) => {
      if (!ack.ok) return reject(new Error(ack.error.message));
      received.push(new TextEncoder().encode(JSON.stringify(ack)));
      socket.emit(EVENTS.sync, boardId, step1());
    });
  }).finally(() => socket.close());
}

function yWebsocketBytes({ url, boardId }: Target, person: Pick<Person, 'token'>): Promise<Uint8Array[]> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/yjs/${boardId}?token=${person.token}`);
  ws.binaryType = 'nodebuffer';
  const received: Uint8Array[] = [];
  return new Promise<Uint8Array[]>((resolve, reject) => {
    ws.on('error', reject);
    ws.on('open', () => {
      const frame = new Uint8Array([0, ...step1()]); // message type 0: sync
      ws.send(frame);
    });
    ws.on('message', (data: Buffer) => {
      const bytes = new Uint8Array(data);
      received.push(bytes);
      if (bytes[0] === 0 && isStep2(bytes.subarray(1))) resolve(received);
    });
  }).finally(() => ws.close());
}

/** Whether `text`, as UTF-8, appears anywhere in these bytes. */
export function carries(chunks: readonly Uint8Array[], text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  return chunks.some((chunk) => Buffer.from(chunk).includes(needle));
}
