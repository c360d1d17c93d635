/**
 * How the server sends a broadcast sync or awareness message over Socket.IO. A binary event
 * costs two WebSocket frames (a text header, then the bytes), each written to each socket
 * apart; a text event is one frame, which Socket.IO frames once for the whole room. So a
 * broadcast up to BROADCAST_TEXT_MAX_BYTES travels as base64 text: a third more bytes, but
 * half the frames and TCP segments, which for the small updates of typing weighs more. Larger
 * ones (a paste, a revert) stay binary. Clients send bytes; they read both forms.
 */
import { fromBase64, toBase64 } from 'lib0/buffer';

export const BROADCAST_TEXT_MAX_BYTES = 16 * 1024;

/** The form a broadcast message takes on the wire. */
export function broadcastForm(message: Uint8Array): Uint8Array | string {
  return message.byteLength <= BROADCAST_TEXT_MAX_BYTES ? toBase64(message) : message;
}

/** A sync or awareness message as received: bytes, or base64 text (see broadcastForm). */
export function bytesFromWire(data: unknown): Uint8Array {
  if (typeof data === 'string') return fromBase64(data);
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new TypeError('expected bytes or base64 text');
}
