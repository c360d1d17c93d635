/**
 * A complete replica speaking y-protocols over a bare WebSocket, in either framing. The
 * bench uses it where no stock client fits: Hocuspocus's own provider is not a dependency,
 * and its protocol is the y-websocket one with the document's name in front of each frame.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate, encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { MESSAGE, frame, openingFrames, readFrame, type Framing } from './wire';

export class ProtocolClient {
  private readonly ws: WebSocket;
  /** Resolves once the server's state has been applied (its SyncStep2). */
  readonly synced: Promise<void>;
  errors = 0;

  constructor(
    url: string,
    private readonly room: string,
    private readonly doc: Y.Doc,
    private readonly awareness: Awareness,
    private readonly framing: Framing,
    token: string,
  ) {
    this.ws = new WebSocket(url);
    this.ws.binaryType = 'nodebuffer';
    let onSynced = () => undefined as void;
    this.synced = new Promise((resolve) => (onSynced = resolve));
    this.ws.on('open', () => {
      for (const f of openingFrames(framing, room, token)) this.ws.send(f);
      this.send(MESSAGE.sync, (e) => syncProtocol.writeSyncStep1(e, doc));
    });
    this.ws.on('message', (data: Buffer) => {
      if (this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))) onSynced();
    });
    this.ws.on('close', (code) => code !== 1000 && code !== 1005 && this.errors++);
    doc.on('update', this.onDocUpdate);
    awareness.on('update', this.onAwarenessUpdate);
  }

  /** Applies one frame; true when it was the server's state (SyncStep2). */
  private receive(data: Uint8Array): boolean {
    const { type, decoder } = readFrame(this.framing, data);
    if (type === MESSAGE.awareness) {
      applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
      return false;
    }
    if (type !== MESSAGE.sync && type !== MESSAGE.syncReply) return false;
    const reply = encoding.createEncoder();
    const kind = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
    if (encoding.length(reply) > 0) this.send(MESSAGE.sync, (e) => encoding.writeUint8Array(e, encoding.toUint8Array(reply)));
    return kind === syncProtocol.messageYjsSyncStep2;
  }

  private send(type: number, write: (encoder: encoding.Encoder) => void): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(frame(this.framing, this.room, type, write));
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== this) this.send(MESSAGE.sync, (e) => syncProtocol.writeUpdate(e, update));
  };

  private readonly onAwarenessUpdate = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === this) return;
    const changed = [...change.added, ...change.updated, ...change.removed];
    this.send(MESSAGE.awareness, (e) => encoding.writeVarUint8Array(e, encodeAwarenessUpdate(this.awareness, changed)));
  };

  destroy(): void {
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.ws.close(1000);
  }
}
