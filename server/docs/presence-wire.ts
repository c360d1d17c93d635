/**
 * The y-protocols awareness update, read entry by entry without parsing the states, so that
 * the presence gate parses only the few a connection may announce (a hostile message can
 * list thousands) and re-encodes what it keeps.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export interface RawPresenceEntry {
  clientId: number;
  clock: number;
  /** The state's JSON, as UTF-8 bytes: `null` when the client leaves. */
  json: Uint8Array;
}

export interface PresenceEntry {
  clientId: number;
  clock: number;
  /** Any JSON value (what the gate keeps is a PresenceState); null when the client leaves. */
  state: unknown;
}

export class InvalidAwarenessError extends Error {}

/** Every entry of an awareness update; throws InvalidAwarenessError when it is malformed. */
export function readPresenceEntries(update: Uint8Array): RawPresenceEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: RawPresenceEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      entries.push({ clientId, clock, json: decoding.readVarUint8Array(decoder) });
    }
    return entries;
  } catch (err) {
    throw new InvalidAwarenessError(`malformed awareness update: ${(err as Error).message}`);
  }
}

/** An awareness update carrying exactly these entries, as y-protocols encodes one. */
export function writePresenceEntries(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}
