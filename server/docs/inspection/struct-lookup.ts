/**
 * Finding the struct an id names, wherever it is: in the live document, in an update accepted
 * but not applied yet, or earlier in the update being read. Yjs resolves an item's parent
 * from these (its parent's id, or its left/right neighbour), so the inspection must too.
 */
import * as Y from 'yjs';
import type { DecodedStruct, StructId } from './decode-update';
import type { UpdateDescription } from './update-description';

export type Found =
  | { in: 'document'; struct: Y.Item | Y.GC }
  | { in: 'pending'; struct: DecodedStruct; description: UpdateDescription }
  | { in: 'this'; struct: DecodedStruct };

/** The struct of `structs` (one client's, in clock order) that covers `clock`. */
export function findDecoded(structs: readonly DecodedStruct[] | undefined, clock: number): DecodedStruct | null {
  if (!structs) return null;
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = structs[mid]!;
    if (clock < s.clock) high = mid - 1;
    else if (clock >= s.clock + s.length) low = mid + 1;
    else return s;
  }
  return null;
}

/** Index of the first struct of `structs` that ends after `clock`. */
export function firstEndingAfter(structs: readonly DecodedStruct[], clock: number): number {
  let low = 0;
  let high = structs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const s = structs[mid]!;
    if (s.clock + s.length <= clock) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function documentStructs(doc: Y.Doc, client: number): (Y.Item | Y.GC)[] {
  return (doc.store.clients.get(client) ?? []) as (Y.Item | Y.GC)[];
}

/** The document's struct covering `id`; the caller checked that the document has it. */
export function findInDocument(doc: Y.Doc, id: StructId): Y.Item | Y.GC {
  const structs = documentStructs(doc, id.client);
  return structs[Y.findIndexSS(structs, id.clock)]!;
}

export const isCollected = (found: Found | null) =>
  found !== null && (found.in === 'document' ? found.struct instanceof Y.GC : found.struct.kind === 'gc');
