/**
 * The history hook on a real document layer and a real SQLite store, with a clock the test
 * moves: checkpoints every 10 minutes of activity, before bulk creations and reveals, and
 * deleted cards kept with who deleted them.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, deleteCard, listCards } from '@shared/board-model';
import { HISTORY_LIMITS } from '@shared/history';
import { BoardRegistry } from '../docs/board-registry';
import { createLogger } from '../logger';
import { SqliteStore } from '../storage/sqlite-store';
import { tempDataDir } from '../test-support/test-server';
import { BoardHistory } from './board-history';

const MINUTE = 60_000;
const dataDir = tempDataDir();
const store = new SqliteStore({ dataDir });
const log = createLogger('silent');
let now = 1_800_000_000_000;
const history: BoardHistory = new BoardHistory({ storage: store, registry: () => registry, log, isAnonymous: async () => false, now: () => now });
const registry = new BoardRegistry(store, log, 10_000, history.docHooks);

const card = (id: string) => ({ id, column: 'col1', author: 'p1', authorName: 'Zoé', text: `carte ${id}` });
const reasons = async (boardId: string) => (await history.checkpoints.list(boardId)).map((c) => `${c.reason}:${c.cards}`);

afterAll(async () => {
  await registry.closeAll();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('checkpoints on activity', () => {
  let board: Awaited<ReturnType<BoardRegistry['acquire']>>;
  beforeAll(async () => {
    board = await registry.acquire('board-activity');
  });

  it('takes one before the first write, then at most once per period of activity', async () => {
    await board.change((doc) => addCard(doc, card('a')));
    expect(await reasons('board-activity')).toEqual(['activity:0']);
    now += 5 * MINUTE;
    await board.change((doc) => addCard(doc, card('b')));
    expect(await reasons('board-activity')).toEqual(['activity:0']);
    now += HISTORY_LIMITS.checkpointEveryMs - 5 * MINUTE;
    await board.change((doc) => addCard(doc, card('c')));
    // The board as it was when the period ran out: a and b, not yet c.
    expect(await reasons('board-activity')).toEqual(['activity:2', 'activity:0']);
  });

  it('takes one before a write creating many cards, unless the board has not changed since the last', async () => {
    now += MINUTE;
    const paste = (prefix: string) => (doc: Y.Doc) =>
      doc.transact(() => {
        for (let i = 0; i < HISTORY_LIMITS.bulkCards; i++) addCard(doc, card(`${prefix}${i}`));
      });
    await board.change(paste('p'));
    expect((await reasons('board-activity'))[0]).toBe('paste:3');
    await history.before('board-activity', 'drafts_reveal');
    await board.change(paste('q'));
    // Revealed drafts come as one bulk write: one checkpoint, the reveal's, not two.
    expect((await reasons('board-activity')).slice(0, 2)).toEqual(['drafts_reveal:8', 'paste:3']);
    await history.before('board-activity', 'votes_reveal');
    await history.before('board-activity', 'votes_reveal');
    expect((await reasons('board-activity')).slice(0, 2)).toEqual(['votes_reveal:13', 'drafts_reveal:8']);
  });
});

describe('the trash', () => {
  it('keeps a deleted card with who deleted it, and brings it back', async () => {
    const board = await registry.acquire('board-trash');
    await board.change((doc) => {
      addCard(doc, card('a'));
      addCard(doc, card('b'));
    });
    await board.change((doc) => deleteCard(doc, 'a'), 'p-fanny');
    const [entry] = await history.trash.list('no-workshop', 'board-trash');
    expect(entry).toMatchObject({ cardId: 'a', text: 'carte a', column: 'col1', author: 'p1', deletedBy: 'p-fanny', deletedAt: now });
    await expect(history.restoreCard('board-trash', entry!.id, 'p-fanny')).resolves.toEqual({ cardId: 'a' });
    expect(listCards(board.doc).map((c) => c.id)).toEqual(['a', 'b']);
    expect(await history.trash.list('no-workshop', 'board-trash')).toEqual([]);
    registry.release('board-trash');
  });

  it('keeps every card of a whole board deleted at once', async () => {
    const board = await registry.acquire('board-wipe');
    const ids = Array.from({ length: 250 }, (_, i) => `w${i}`);
    // Order keys given: placing each new card among the others would be quadratic.
    await board.change((doc) => doc.transact(() => ids.forEach((id, i) => addCard(doc, { ...card(id), order: `a${1000 + i}` }))));
    await board.change((doc) => doc.transact(() => ids.forEach((id) => deleteCard(doc, id))), 'p-fanny');
    const kept = await store.history.listTrash('board-wipe', 1_000);
    expect(kept.map((e) => e.cardId).sort()).toEqual([...ids].sort());
    expect((await history.trash.list('no-workshop', 'board-wipe')).find((e) => e.cardId === 'w249')).toMatchObject({ text: 'carte w249' });
    registry.release('board-wipe');
  });

  it('keeps nothing for private drafts', async () => {
    const drafts = await registry.acquire('board-trash:drafts:p1');
    await drafts.change((doc) => addCard(doc, card('d')));
    await drafts.change((doc) => deleteCard(doc, 'd'));
    expect(await store.history.listTrash('board-trash:drafts:p1', 10)).toEqual([]);
    expect(await store.history.listCheckpoints('board-trash:drafts:p1')).toEqual([]);
    registry.release('board-trash:drafts:p1');
  });
});
