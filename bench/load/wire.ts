/**
 * y-protocols messages as WebSocket frames. The reference y-websocket server takes them
 * bare (`[type][payload]`, one document per connection, the room in the URL); Hocuspocus
 * multiplexes documents on a connection, so every frame starts with the document's name,
 * and a connection must send an Auth frame before its other frames are handled.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type Framing = 'ywebsocket' | 'hocuspocus';

/** Message types both servers share; Hocuspocus adds SyncReply (4) and others the bench ignores. */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, syncReply: 4 } as const;
/** Hocuspocus's auth sub-message carrying a token. */
const AUTH_TOKEN = 0;

export function frame(framing: Framing, room: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  if (framing === 'hocuspocus') encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** What a connection sends before anything else: Hocuspocus waits for a token (any, without an onAuthenticate hook). */
export function openingFrames(framing: Framing, room: string, token: string): Uint8Array[] {
  if (framing === 'ywebsocket') return [];
  return [
    frame(framing, room, MESSAGE.auth, (e) => {
      encoding.writeVarUint(e, AUTH_TOKEN);
      encoding.writeVarString(e, token);
    }),
  ];
}

/** The type of a received frame, and a decoder positioned on its payload. */
export function readFrame(framing: Framing, data: Uint8Array): { type: number; decoder: decoding.Decoder } {
  const decoder = decoding.createDecoder(data);
  if (framing === 'hocuspocus') decoding.readVarString(decoder);
  return { type: decoding.readVarUint(decoder), decoder };
}
