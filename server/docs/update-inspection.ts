/** Reads what a Yjs update would write, without applying it, for server-side write rules. */
import * as Y from 'yjs';

/** Whether the update writes a non-empty value under `key` in some map (an author's name, say). */
export function writesNonEmptyKey(update: Uint8Array, key: string): boolean {
  const { structs } = Y.decodeUpdate(update);
  return structs.some(
    (s) =>
      s instanceof Y.Item &&
      s.parentSub === key &&
      s.content instanceof Y.ContentAny &&
      s.content.getContent().some((v) => v !== '' && v !== null && v !== undefined),
  );
}

/** Whether the update changes nothing (no new items, no deletions). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}
