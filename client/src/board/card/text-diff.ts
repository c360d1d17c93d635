/** Pure helpers that bind a plain text field to a Y.Text without disturbing the caret. */

export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

/** The single change (common prefix and suffix kept) that turns `before` into `after`. */
export function diffText(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

export type Delta = { retain?: number; insert?: unknown; delete?: number }[];

/** Where a caret at `position` lands after a remote change described by a Yjs delta. */
export function transformPosition(position: number, delta: Delta): number {
  let cursor = 0;
  let result = position;
  for (const op of delta) {
    if (cursor > position) break;
    if (op.retain) cursor += op.retain;
    else if (typeof op.insert === 'string') {
      if (cursor <= position) result += op.insert.length;
      cursor += op.insert.length;
    } else if (op.delete) {
      if (cursor < position) result -= Math.min(op.delete, position - cursor);
    }
  }
  return Math.max(0, result);
}
