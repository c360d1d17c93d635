/**
 * Two notes written at the same moment on one action: the second reaches the server while the
 * first is accepted but not applied yet. Both would be acknowledged and Yjs would keep one value
 * of the log; the second is refused instead (and rolled back on its writer's screen).
 */
import { rmSync } from 'node:fs';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsOf } from '@shared/board-model';
import { addProgressNote, readProgress } from '@shared/roadmap-log';
import { SqliteStore } from '../../storage/sqlite-store';
import { tempDataDir } from '../../test-support/test-server';
import { BoardDoc } from '../board-doc';
import { checkWrite, type WriteRules } from './check-write';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const ALICE = 'p-alice';
const rules = (board: BoardDoc): WriteRules => ({
  writer: { role: 'participant', participantId: ALICE, settings: { freeEditing: false, movesRestricted: false }, writesForOthers: false },
  anonymous: false,
  board: board.writeState,
});

/** An update written on a copy of the board as it stands, as a browser would. */
function writtenOn(board: BoardDoc, text: string, base: Y.Doc = board.doc): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(copy);
  addProgressNote(copy, 'action', text, { by: ALICE, byName: 'Alice' });
  return Y.encodeStateAsUpdate(copy, before);
}

describe('roadmap notes written at the same moment', () => {
  it('refuses a note that does not build on one accepted but not applied yet; keeps every acknowledged note', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const store = new SqliteStore({ dataDir });
    stores.push(store);
    const board = await BoardDoc.load('roadmap', store, pino({ level: 'silent' }));
    await board.change((doc) => addCard(doc, { id: 'action', column: 'c', author: ALICE, authorName: 'Alice', text: 'Un guide des achats' }));

    const first = writtenOn(board, 'Depuis le téléphone');
    const second = writtenOn(board, 'Depuis l’ordinateur');
    const firstDescribed = board.inspect(first);
    checkWrite(firstDescribed, rules(board));
    const firstStored = board.submit(first, ALICE, firstDescribed);

    // The second was written without the first: accepting it would lose one of the two.
    expect(() => checkWrite(board.inspect(second), rules(board))).toThrow(expect.objectContaining({ code: 'conflict' }));
    // One written after the first reached the writer builds on it, and passes.
    const pendingDoc = new Y.Doc();
    Y.applyUpdate(pendingDoc, Y.encodeStateAsUpdate(board.doc));
    Y.applyUpdate(pendingDoc, first);
    const third = writtenOn(board, 'Le lendemain', pendingDoc);
    const thirdDescribed = board.inspect(third);
    checkWrite(thirdDescribed, rules(board));
    await Promise.all([firstStored, board.submit(third, ALICE, thirdDescribed)]);

    // Once applied, the stale note is a rewrite of the record, as before.
    expect(() => checkWrite(board.inspect(second), rules(board))).toThrow(expect.objectContaining({ reason: 'not_owner' }));
    expect(readProgress(cardsOf(board.doc).get('action')).map((n) => n.text)).toEqual(['Depuis le téléphone', 'Le lendemain']);
    await board.close();
  });
});
