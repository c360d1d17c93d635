/** The trash and checkpoints part of the storage suite: every engine must pass it. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, listCards } from '@shared/board-model';
import { revertBoard } from '../history/revert-board';
import type { NewCheckpoint, NewTrash } from './history-store';
import type { Storage } from './storage';

let counter = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

const docWith = (...ids: string[]) => {
  const doc = new Y.Doc();
  for (const id of ids) addCard(doc, { id, column: 'c', author: 'p1', authorName: 'Zoé', text: `carte ${id}` });
  return doc;
};
const trash = (boardId: string, cardId: string, deletedAt = 1_000): NewTrash => ({
  boardId,
  cardId,
  data: Y.encodeStateAsUpdate(docWith(cardId)),
  deletedBy: 'p2',
  deletedAt,
});
const checkpoint = (boardId: string, takenAt: number, ...ids: string[]): NewCheckpoint => ({
  boardId,
  reason: 'activity',
  takenAt,
  cards: ids.length,
  data: Y.encodeStateAsUpdate(docWith(...ids)),
});
const cardsIn = (data: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, data);
  return listCards(doc).map((c) => c.id);
};
const keepAll = { latest: 100, since: 0, max: 100 };

export function describeHistoryStorage(open: () => Promise<Storage>): void {
  describe('trash and checkpoints', () => {
    it('keeps deleted cards byte for byte, newest first, and forgets a restored one', async () => {
      const { history } = await open();
      const [board, other] = [unique('bd'), unique('bd')];
      await history.addTrash([trash(board, 'a', 1), trash(board, 'b', 2), trash(other, 'z')], 100);
      await history.addTrash([], 100);
      const listed = await history.listTrash(board, 10);
      expect(listed.map((e) => e.cardId)).toEqual(['b', 'a']);
      expect(listed[0]).toMatchObject({ boardId: board, deletedBy: 'p2', deletedAt: 2 });
      expect(cardsIn(listed[0]!.data)).toEqual(['b']);
      expect((await history.listTrash(board, 1)).map((e) => e.cardId)).toEqual(['b']);

      const a = listed[1]!;
      expect(await history.getTrash(board, a.id)).toEqual(a);
      // An entry is only found through its own board.
      expect(await history.getTrash(other, a.id)).toBeNull();
      expect(await history.removeTrash(other, a.id)).toBe(false);
      await history.rewriteTrash(a.id, Y.encodeStateAsUpdate(docWith('a', 'a2')));
      expect(cardsIn((await history.getTrash(board, a.id))!.data)).toEqual(['a', 'a2']);
      expect(await history.removeTrash(board, a.id)).toBe(true);
      expect(await history.removeTrash(board, a.id)).toBe(false);
      expect((await history.listTrash(other, 10)).map((e) => e.cardId)).toEqual(['z']);
    });

    it('keeps only the newest deleted cards of a board beyond its bound', async () => {
      const { history } = await open();
      const board = unique('bd');
      await history.addTrash([trash(board, 'a'), trash(board, 'b')], 3);
      await history.addTrash([trash(board, 'c'), trash(board, 'd')], 3);
      expect((await history.listTrash(board, 10)).map((e) => e.cardId)).toEqual(['d', 'c', 'b']);
    });

    it('stores checkpoints and keeps the newest, the recent ones, and never more than the maximum', async () => {
      const { history } = await open();
      const board = unique('bd');
      const first = await history.addCheckpoint(checkpoint(board, 100, 'a'), keepAll);
      const second = await history.addCheckpoint({ ...checkpoint(board, 200, 'a', 'b'), reason: 'votes_reveal' }, keepAll);
      expect(second).toBeGreaterThan(first);
      expect(await history.listCheckpoints(board)).toEqual([
        { id: second, boardId: board, reason: 'votes_reveal', takenAt: 200, cards: 2 },
        { id: first, boardId: board, reason: 'activity', takenAt: 100, cards: 1 },
      ]);
      const stored = await history.getCheckpoint(board, second);
      expect(cardsIn(stored!.data)).toEqual(['a', 'b']);
      expect(await history.getCheckpoint(unique('bd'), second)).toBeNull();

      // Old ones go unless among the 2 newest; recent ones (since 250) stay, up to 4 in all.
      const keep = { latest: 2, since: 250, max: 4 };
      for (const at of [300, 400]) await history.addCheckpoint(checkpoint(board, at, 'a'), keep);
      expect((await history.listCheckpoints(board)).map((c) => c.takenAt)).toEqual([400, 300]);
      for (const at of [500, 600, 700]) await history.addCheckpoint(checkpoint(board, at, 'a'), keep);
      expect((await history.listCheckpoints(board)).map((c) => c.takenAt)).toEqual([700, 600, 500, 400]);

      const [newest] = await history.listCheckpoints(board);
      await history.rewriteCheckpoint(newest!.id, Y.encodeStateAsUpdate(docWith('r')));
      expect(cardsIn((await history.getCheckpoint(board, newest!.id))!.data)).toEqual(['r']);
    });

    it('brings a board back to a stored checkpoint through its document', async () => {
      const store = await open();
      const board = unique('bd');
      const id = await store.history.addCheckpoint(checkpoint(board, 100, 'a', 'b'), keepAll);
      await store.appendUpdate(board, Y.encodeStateAsUpdate(docWith('c')));
      const live = new Y.Doc();
      for (const update of (await store.loadBoard(board)).updates) Y.applyUpdate(live, update);
      const target = new Y.Doc();
      Y.applyUpdate(target, (await store.history.getCheckpoint(board, id))!.data);
      const before = Y.encodeStateVector(live);
      revertBoard(live, target);
      await store.appendUpdate(board, Y.encodeStateAsUpdate(live, before));
      expect(cardsIn(Y.mergeUpdates((await store.loadBoard(board)).updates)).sort()).toEqual(['a', 'b']);
    });

    it('forgets a deleted board’s trash and checkpoints', async () => {
      const store = await open();
      const workshopId = unique('ws');
      const board = unique('bd');
      await store.createWorkshop(
        {
          id: workshopId,
          title: 'Corbeille',
          date: null,
          place: null,
          joinCode: unique('J').slice(-6).toUpperCase(),
          createdAt: 1,
          archivedAt: null,
          retentionDays: null,
          anonymisedAt: null,
          linkGenerations: { facilitator: 0, viewer: 0, participant: 0 },
        },
        [{ id: board, workshopId, title: 'T', position: 0, columns: [], kind: 'board', table: null, sourceBoardId: null }],
      );
      await store.history.addTrash([trash(board, 'a')], 10);
      await store.history.addCheckpoint(checkpoint(board, 1, 'a'), keepAll);
      await store.deleteBoard(board);
      expect(await store.history.listTrash(board, 10)).toEqual([]);
      expect(await store.history.listCheckpoints(board)).toEqual([]);
    });
  });
}
