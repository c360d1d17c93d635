import { describe, expect, it } from 'vitest';
import { anonymiseBackup, pseudonyms } from './anonymise';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupCard, type WorkshopBackup } from './backup';

const T0 = Date.UTC(2026, 2, 12, 9, 0);

const card = (id: string, author: string, authorName: string, comments: [string, string][] = []): BackupCard => ({
  id,
  column: 'col-1',
  group: null,
  order: 'a0',
  text: id,
  color: 'yellow',
  author,
  authorName,
  createdAt: T0,
  votes: 0,
  reactions: {},
  comments: comments.map(([who, name], i) => ({ id: `${id}-m${i}`, author: who, authorName: name, text: 'oui', createdAt: T0, replyTo: null })),
  roadmap: null,
  tables: [],
});

const backup: WorkshopBackup = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  exportedAt: T0,
  anonymous: false,
  workshop: { title: 'Atelier', date: null, place: null, createdAt: T0, archivedAt: null, retentionDays: null },
  // Listed out of join order on purpose: numbers follow joinedAt, not the list.
  participants: [
    { id: 'bob', name: 'Bob', joinedAt: T0 + 2_000 },
    { id: 'alice', name: 'Alice', joinedAt: T0 },
    { id: 'chloe', name: 'Chloé', joinedAt: T0 + 1_000 },
  ],
  boards: [
    {
      id: 'board-1',
      title: 'Idées',
      kind: 'board',
      table: null,
      sourceBoardId: null,
      columns: [{ id: 'col-1', title: 'Idées' }],
      groups: [],
      cards: [
        card('c1', 'bob', 'Bob', [
          ['alice', 'Alice'],
          ['organiser', 'Odile'],
        ]),
        card('c2', 'ghost', 'Gaston'),
        // Written on an anonymous board: no name to replace, and none is invented.
        card('c3', 'chloe', ''),
      ],
      votes: [],
    },
  ],
};

describe('pseudonyms', () => {
  it('numbers known participants by their place, unknown ones after, each once', () => {
    const name = pseudonyms(['a', 'b']);
    expect([name('b'), name('x'), name('a'), name('y'), name('x')]).toEqual([
      'Participant 2',
      'Participant 3',
      'Participant 1',
      'Participant 4',
      'Participant 3',
    ]);
    expect(name('')).toBe('');
  });
});

describe('anonymiseBackup', () => {
  const result = anonymiseBackup(backup);
  const cards = result.boards[0]!.cards;

  it('numbers participants by join order and marks the backup anonymous', () => {
    expect(result.anonymous).toBe(true);
    expect(result.participants.map((p) => [p.id, p.name])).toEqual([
      ['bob', 'Participant 3'],
      ['alice', 'Participant 1'],
      ['chloe', 'Participant 2'],
    ]);
  });

  it('gives card and comment authors the same number as in the participants', () => {
    expect(cards[0]!.authorName).toBe('Participant 3');
    expect(cards[0]!.comments[0]!.authorName).toBe('Participant 1');
  });

  it('numbers authors who are not participants after them, in order of appearance', () => {
    expect(cards[0]!.comments[1]!.authorName).toBe('Participant 4');
    expect(cards[1]!.authorName).toBe('Participant 5');
  });

  it('leaves blank names blank and keeps no original name anywhere', () => {
    expect(cards[2]!.authorName).toBe('');
    const text = JSON.stringify(result);
    for (const name of ['Alice', 'Bob', 'Chloé', 'Odile', 'Gaston']) expect(text).not.toContain(name);
  });

  it('is stable: anonymising twice gives the same names', () => {
    expect(anonymiseBackup(backup)).toEqual(result);
  });
});
