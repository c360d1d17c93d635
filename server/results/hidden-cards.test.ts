/**
 * Moderation: a card a facilitator hid carries `hidden` (the reason) in its map, its text
 * emptied. Read from a real document, it is in no export, dashboard figure or public page,
 * and the votes it got rank nothing.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCard, cardsOf } from '@shared/board-model';
import { computeDashboard } from '@shared/results/dashboard';
import { exportQuery } from '@shared/results/export-formats';
import { buildRestitution } from '../publication/build-restitution';
import type { BoardRecord } from '../storage/storage';
import { sampleBackup } from '../test-support/sample-backup';
import { renderMarkdown } from './formats/markdown-format';
import { readBoard } from './workshop-snapshot';

const record: BoardRecord = {
  id: 'b1',
  workshopId: 'w1',
  title: 'Idées',
  position: 0,
  columns: [{ id: 'c1', title: 'Propositions' }],
  kind: 'board',
  table: null,
  sourceBoardId: null,
};

function moderatedBoard() {
  const doc = new Y.Doc();
  addCard(doc, { id: 'kept', column: 'c1', author: 'p1', authorName: 'Zoé', text: 'Un guichet unique' });
  addCard(doc, { id: 'hidden', column: 'c1', author: 'p2', authorName: 'Léo', text: '' });
  cardsOf(doc).get('hidden')!.set('hidden', 'Hors sujet');
  const votes = [
    { participantId: 'p1', cardId: 'hidden' },
    { participantId: 'p2', cardId: 'hidden' },
    { participantId: 'p3', cardId: 'kept' },
  ];
  return readBoard(record, doc, votes);
}

describe('a hidden card', () => {
  const board = moderatedBoard();
  const backup = { ...sampleBackup(), boards: [board] };

  it('is left out of the snapshot, its votes with it', () => {
    expect(board.cards.map((c) => c.id)).toEqual(['kept']);
    expect(board.votes).toEqual([{ participantId: 'p3', cardId: 'kept' }]);
  });

  it('counts in no dashboard figure nor ranking', () => {
    const dashboard = computeDashboard(backup);
    expect(dashboard.totals).toMatchObject({ cards: 1, votes: 1 });
    expect(dashboard.topCards.map((c) => c.cardId)).toEqual(['kept']);
  });

  it('is in no report nor public restitution', () => {
    const md = renderMarkdown(backup, exportQuery.parse({ format: 'md' })).body.toString('utf8');
    expect(md).toContain('| Un guichet unique | Idées | 1 |');
    expect(md).not.toContain('Léo');
    const restitution = buildRestitution(backup, { boards: ['b1'], indexable: false });
    expect(restitution.boards[0]!.columns[0]!.cards.map((c) => c.text)).toEqual(['Un guichet unique']);
    expect(restitution.topCards.map((c) => c.text)).toEqual(['Un guichet unique']);
    expect(restitution.participation.reduce((n, row) => n + row.cards, 0)).toBe(1);
  });
});
