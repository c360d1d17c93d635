/** Binary messages between instances about one board's document: stored updates and presence. */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type RelayMessage =
  | { kind: 'update'; from: string; seq: number; payload: Uint8Array }
  | { kind: 'awareness'; from: string; payload: Uint8Array };

const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;

export function encodeRelayMessage(message: RelayMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, message.kind === 'update' ? KIND_UPDATE : KIND_AWARENESS);
  encoding.writeVarString(encoder, message.from);
  encoding.writeVarUint(encoder, message.kind === 'update' ? message.seq : 0);
  encoding.writeVarUint8Array(encoder, message.payload);
  return encoding.toUint8Array(encoder);
}

/** Null for a message this version does not understand (a newer instance during an upgrade). */
export function decodeRelayMessage(data: Uint8Array): RelayMessage | null {
  try {
    const decoder = decoding.createDecoder(data);
    const kind = decoding.readVarUint(decoder);
    const from = decoding.readVarString(decoder);
    const seq = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (kind === KIND_UPDATE) return { kind: 'update', from, seq, payload };
    if (kind === KIND_AWARENESS) return { kind: 'awareness', from, payload };
    return null;
  } catch {
    return null;
  }
}
