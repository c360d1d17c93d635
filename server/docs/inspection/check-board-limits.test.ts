import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardText, deleteCard } from '@shared/board-model';
import { LIMITS } from '@shared/limits';
import { checkBoardLimits } from './check-board-limits';
import { decodeUpdate } from './decode-update';
import { describeUpdate } from './describe-update';

function board() {
  const doc = new Y.Doc();
  addCard(doc, { id: 'card-one', column: 'c', author: 'a', authorName: '', text: 'x'.repeat(LIMITS.cardTextMaxChars) });
  return doc;
}

function edit(doc: Y.Doc, change: (doc: Y.Doc) => void) {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const updates: Uint8Array[] = [];
  copy.on('update', (u: Uint8Array) => updates.push(u));
  change(copy);
  return describeUpdate(decodeUpdate(Y.mergeUpdates(updates)), { doc, unapplied: [] });
}

describe('checkBoardLimits', () => {
  it('takes nothing more on a board stored at its size limit, but takes deletions', () => {
    const doc = board();
    const full = { doc, unapplied: [], storedBytes: LIMITS.maxBoardBytes };
    const adding = edit(doc, (d) => addCard(d, { id: 'card-two', column: 'c', author: 'a', authorName: '' }));
    expect(() => checkBoardLimits(adding, full)).toThrow(expect.objectContaining({ code: 'payload_too_large', reason: 'board_full' }));
    expect(() => checkBoardLimits(edit(doc, (d) => deleteCard(d, 'card-one')), full)).not.toThrow();
    expect(() => checkBoardLimits(adding, { ...full, storedBytes: 1_000 })).not.toThrow();
  });

  it('lets a text at its limit shrink, never grow, counting updates not applied yet', () => {
    const doc = board();
    const state = { doc, unapplied: [], storedBytes: 0 };
    const shrink = edit(doc, (d) => cardText(d, 'card-one')!.delete(0, 10));
    expect(() => checkBoardLimits(shrink, state)).not.toThrow();
    expect(() => checkBoardLimits(edit(doc, (d) => cardText(d, 'card-one')!.insert(0, 'y')), state)).toThrow(
      expect.objectContaining({ reason: 'too_long' }),
    );
    // Ten characters fit again, unless an accepted update (not yet applied) took the room.
    const refill = edit(doc, (d) => cardText(d, 'card-one')!.insert(0, 'z'.repeat(10)));
    expect(() => checkBoardLimits(refill, { ...state, unapplied: [shrink] })).not.toThrow();
    const grow = edit(doc, (d) => cardText(d, 'card-one')!.insert(0, 'w'.repeat(5)));
    expect(() => checkBoardLimits(grow, { ...state, unapplied: [shrink, refill] })).toThrow(expect.objectContaining({ reason: 'too_long' }));
  });
});
