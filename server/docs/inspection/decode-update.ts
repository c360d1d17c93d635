/**
 * The one decode of a client's Yjs update (format v1), into plain records that every check
 * shares. It mirrors Yjs' own reader (yjs/src/utils/updates.js) but builds no Yjs types, and
 * counts as it goes: an update of 80,000 empty maps is refused after 10,000, having cost a few
 * milliseconds instead of the second and ~100 MB `Y.decodeUpdate` + apply would. Content that
 * the board schema never holds (embeds, formats, binaries, sub-documents, XML) is refused on
 * sight.
 */
import * as decoding from 'lib0/decoding';
import { LIMITS } from '@shared/limits';
import { AppError } from '../../errors';

export class InvalidUpdateError extends Error {}

export interface StructId {
  client: number;
  clock: number;
}

export type Content =
  | { kind: 'string'; text: string }
  | { kind: 'any'; values: unknown[] }
  | { kind: 'type'; type: 'array' | 'map' | 'text' }
  | { kind: 'deleted'; length: number };

export interface DecodedItem {
  kind: 'item';
  client: number;
  clock: number;
  length: number;
  origin: StructId | null;
  rightOrigin: StructId | null;
  /** A root type's name, the id of the item holding the parent type, or null (taken from origin). */
  parent: string | StructId | null;
  parentSub: string | null;
  content: Content;
}

/** GC (collected) and Skip (gap in a merged update) ranges: they carry no content. */
export interface DecodedRange {
  kind: 'gc' | 'skip';
  client: number;
  clock: number;
  length: number;
}

export type DecodedStruct = DecodedItem | DecodedRange;

export interface DeleteRange {
  clock: number;
  length: number;
}

export interface DecodedUpdate {
  bytes: number;
  /** Per client, in clock order (as Yjs writes them). */
  clients: Map<number, DecodedStruct[]>;
  deletes: Map<number, DeleteRange[]>;
  structCount: number;
  typeCount: number;
  deleteRangeCount: number;
}

/** A client's update is bounded (LIMITS); the server's own edits (a synthesis, a reveal) are not. */
interface Bounds {
  structs: number;
  types: number;
  deleteRanges: number;
}
const CLIENT_BOUNDS: Bounds = {
  structs: LIMITS.maxStructsPerUpdate,
  types: LIMITS.maxTypesPerUpdate,
  deleteRanges: LIMITS.maxDeleteRangesPerUpdate,
};
const UNBOUNDED: Bounds = { structs: Infinity, types: Infinity, deleteRanges: Infinity };

const TYPE_REFS = ['array', 'map', 'text'] as const;
const BITS5 = 31;
const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;

function tooLarge(what: string, max: number): never {
  throw new AppError('payload_too_large', `An update may hold at most ${max} ${what}`, 'update_too_large');
}

function refuseContent(what: string): never {
  throw new AppError('invalid_request', `Board documents hold no ${what}`);
}

function readId(decoder: decoding.Decoder): StructId {
  return { client: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder) };
}

function readContent(decoder: decoding.Decoder, info: number, counts: { types: number }, bounds: Bounds): Content {
  switch (info & BITS5) {
    case 1:
      return { kind: 'deleted', length: decoding.readVarUint(decoder) };
    case 4:
      return { kind: 'string', text: decoding.readVarString(decoder) };
    case 7: {
      const type = TYPE_REFS[decoding.readVarUint(decoder)];
      if (!type) refuseContent('XML types');
      if (++counts.types > bounds.types) tooLarge('new maps, texts and arrays', bounds.types);
      return { kind: 'type', type };
    }
    case 8: {
      const count = decoding.readVarUint(decoder);
      const values: unknown[] = [];
      for (let i = 0; i < count; i++) values.push(decoding.readAny(decoder));
      return { kind: 'any', values };
    }
    case 2:
      return refuseContent('JSON content (an old Yjs format)');
    case 3:
      return refuseContent('binary content');
    case 5:
      return refuseContent('embeds');
    case 6:
      return refuseContent('text formatting');
    case 9:
      return refuseContent('sub-documents');
    default:
      throw new InvalidUpdateError(`unknown content ${info & BITS5}`);
  }
}

function contentLength(content: Content): number {
  switch (content.kind) {
    case 'string':
      return content.text.length;
    case 'any':
      return content.values.length;
    case 'type':
      return 1;
    case 'deleted':
      return content.length;
  }
}

function readStructs(decoder: decoding.Decoder, update: DecodedUpdate, bounds: Bounds): void {
  const counts = { types: 0 };
  const clientCount = decoding.readVarUint(decoder);
  for (let c = 0; c < clientCount; c++) {
    const structCount = decoding.readVarUint(decoder);
    // Counted before reading: the declared count alone is enough to refuse.
    update.structCount += structCount;
    if (update.structCount > bounds.structs) tooLarge('structs', bounds.structs);
    const client = decoding.readVarUint(decoder);
    let clock = decoding.readVarUint(decoder);
    // Yjs would keep only the last section of a client: a second one is no honest update.
    if (update.clients.has(client)) throw new InvalidUpdateError(`client ${client} listed twice`);
    const structs: DecodedStruct[] = [];
    update.clients.set(client, structs);
    for (let i = 0; i < structCount; i++) {
      const info = decoding.readUint8(decoder);
      let struct: DecodedStruct;
      if (info === 10) {
        struct = { kind: 'skip', client, clock, length: decoding.readVarUint(decoder) };
      } else if ((info & BITS5) === 0) {
        struct = { kind: 'gc', client, clock, length: decoding.readVarUint(decoder) };
      } else {
        const origin = (info & BIT8) === BIT8 ? readId(decoder) : null;
        const rightOrigin = (info & BIT7) === BIT7 ? readId(decoder) : null;
        const copiesParent = (info & (BIT7 | BIT8)) !== 0;
        const parent = copiesParent ? null : decoding.readVarUint(decoder) === 1 ? decoding.readVarString(decoder) : readId(decoder);
        const parentSub = !copiesParent && (info & BIT6) === BIT6 ? decoding.readVarString(decoder) : null;
        const content = readContent(decoder, info, counts, bounds);
        struct = { kind: 'item', client, clock, length: contentLength(content), origin, rightOrigin, parent, parentSub, content };
      }
      if (struct.length < 1) throw new InvalidUpdateError('empty struct');
      structs.push(struct);
      clock += struct.length;
    }
  }
  update.typeCount = counts.types;
}

function readDeletes(decoder: decoding.Decoder, update: DecodedUpdate, bounds: Bounds): void {
  const clientCount = decoding.readVarUint(decoder);
  for (let c = 0; c < clientCount; c++) {
    const client = decoding.readVarUint(decoder);
    const rangeCount = decoding.readVarUint(decoder);
    update.deleteRangeCount += rangeCount;
    if (update.deleteRangeCount > bounds.deleteRanges) tooLarge('deleted ranges', bounds.deleteRanges);
    const ranges = update.deletes.get(client) ?? [];
    update.deletes.set(client, ranges);
    for (let i = 0; i < rangeCount; i++) {
      const clock = decoding.readVarUint(decoder);
      const length = decoding.readVarUint(decoder);
      if (length > 0) ranges.push({ clock, length });
    }
  }
}

/** Decodes once; throws InvalidUpdateError for bytes that are not an update, AppError past a limit. */
export function decodeUpdate(bytes: Uint8Array, { bounded = true } = {}): DecodedUpdate {
  const bounds = bounded ? CLIENT_BOUNDS : UNBOUNDED;
  const update: DecodedUpdate = {
    bytes: bytes.byteLength,
    clients: new Map(),
    deletes: new Map(),
    structCount: 0,
    typeCount: 0,
    deleteRangeCount: 0,
  };
  try {
    const decoder = decoding.createDecoder(bytes);
    readStructs(decoder, update, bounds);
    readDeletes(decoder, update, bounds);
    if (decoding.hasContent(decoder)) throw new InvalidUpdateError('trailing bytes');
  } catch (err) {
    if (err instanceof AppError || err instanceof InvalidUpdateError) throw err;
    throw new InvalidUpdateError(`malformed Yjs update: ${(err as Error).message}`);
  }
  return update;
}

/** Whether the update holds nothing at all (a reconnecting client's empty step 2). */
export const isBlank = (update: DecodedUpdate) => update.structCount === 0 && update.deleteRangeCount === 0;

/** The id a struct's clock range ends before, for one client (0 when it has none here). */
export function endClock(structs: readonly DecodedStruct[] | undefined): number {
  const last = structs?.at(-1);
  return last ? last.clock + last.length : 0;
}
