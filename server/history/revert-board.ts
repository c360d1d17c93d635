/**
 * Brings a board's document back to a checkpoint's content as new edits on the live
 * document (so that it is stored, relayed and merged like any other change): cards and
 * groups missing are re-created under their ids, extra ones deleted, changed fields set back,
 * texts edited back (only the part that differs). Only what differs is written.
 */
import * as Y from 'yjs';

/** The schema's root maps (docs/board-schema.md); anything else is no part of a board. */
const ROOTS = ['cards', 'groups'] as const;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

const cloned = (value: unknown) => (value instanceof Y.AbstractType ? value.clone() : value);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Edits `text` into `target`, touching only the middle part that differs. The cut never
 * falls inside a surrogate pair: Yjs would replace each half of a split emoji by U+FFFD.
 */
export function setText(text: Y.Text, target: string): void {
  const current = text.toString();
  if (current === target) return;
  let start = 0;
  const max = Math.min(current.length, target.length);
  while (start < max && current[start] === target[start]) start++;
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && current[current.length - 1 - end] === target[target.length - 1 - end]) end++;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  text.delete(start, current.length - start - end);
  text.insert(start, target.slice(start, target.length - end));
}

function syncArray(live: Y.Array<unknown>, target: Y.Array<unknown>): void {
  if (same(live.toJSON(), target.toJSON())) return;
  // Kept as the same array, so that an item pushed concurrently (a comment) still lands.
  live.delete(0, live.length);
  live.insert(0, target.toArray().map(cloned));
}

function syncMap(live: Y.Map<unknown>, target: Y.Map<unknown>): void {
  for (const key of [...live.keys()]) if (!target.has(key)) live.delete(key);
  target.forEach((value, key) => {
    const current = live.get(key);
    if (value instanceof Y.Map && current instanceof Y.Map) syncMap(current, value);
    else if (value instanceof Y.Text && current instanceof Y.Text) setText(current, value.toString());
    else if (value instanceof Y.Array && current instanceof Y.Array) syncArray(current, value);
    else if (value instanceof Y.AbstractType || !live.has(key) || !same(current, value)) live.set(key, cloned(value));
  });
}

/** Makes `live`'s board content equal `target`'s (a checkpoint's document). */
export function revertBoard(live: Y.Doc, target: Y.Doc): void {
  live.transact(() => {
    for (const root of ROOTS) syncMap(live.getMap(root), target.getMap(root));
  });
}
