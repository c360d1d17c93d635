import { describe, expect, it } from 'vitest';
import { anonymiseBackup, pseudonyms } from './anonymise';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupCard, type WorkshopBackup } from './backup';
import { backupCard } from './backup-fixtures';

const T0 = Date.UTC(2026, 2, 12, 9, 0);

const card = (id: string, author: string, authorName: string, comments: [string, string][] = [], extra: Partial<BackupCard> = {}): BackupCard =>
  backupCard({
    id,
    column: 'col-1',
    order: 'a0',
    text: id,
    author,
    authorName,
    createdAt: T0,
    comments: comments.map(([who, name], i) => ({ id: `${id}-m${i}`, author: who, authorName: name, text: 'oui', createdAt: T0, replyTo: null })),
    ...extra,
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
    // An id a hostile client could have written anywhere: a plain key, like any other.
    { id: 'constructor', name: 'Chloé', joinedAt: T0 + 1_000 },
  ],
  boards: [
    {
      id: 'board-1',
      title: 'Idées',
      kind: 'roadmap',
      table: null,
      sourceBoardId: null,
      columns: [{ id: 'col-1', title: 'Idées' }],
      groups: [],
      cards: [
        card(
          'c1',
          'bob',
          'Bob',
          [
            ['alice', 'Alice'],
            ['organiser', 'Odile'],
          ],
          { reactions: { '👍': ['constructor', 'alice'], '💡': ['intruder'] } },
        ),
        card('c2', 'ghost', 'Gaston', [], {
          roadmap: { leadKind: 'commune', leadName: 'Ville de Lyon', partners: 'Socoop', due: null, status: 'todo', links: [] },
        }),
        // Written on an anonymous board: no name to replace, and none is invented.
        card('c3', 'constructor', ''),
      ],
      votes: [
        { participantId: 'alice', cardId: 'c1' },
        { participantId: 'constructor', cardId: 'c1' },
        { participantId: 'bob', cardId: 'c2' },
        { participantId: 'voter', cardId: 'c2' },
      ],
    },
  ],
};

/** Every string anywhere in a value: where an id or a name could hide. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => [key, ...strings(v)]);
  return [];
}

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
  const board = result.boards[0]!;
  const cards = board.cards;

  it('numbers participants by join order, as names and ids, and marks the backup anonymous', () => {
    expect(result.anonymous).toBe(true);
    expect(result.participants.map((p) => [p.id, p.name])).toEqual([
      ['p3', 'Participant 3'],
      ['p1', 'Participant 1'],
      ['p2', 'Participant 2'],
    ]);
  });

  it('gives card and comment authors the same number as in the participants', () => {
    expect([cards[0]!.author, cards[0]!.authorName]).toEqual(['p3', 'Participant 3']);
    expect([cards[0]!.comments[0]!.author, cards[0]!.comments[0]!.authorName]).toEqual(['p1', 'Participant 1']);
  });

  it('numbers authors who are not participants after them, in order of appearance', () => {
    expect(cards[0]!.comments[1]!.authorName).toBe('Participant 4');
    expect(cards[0]!.reactions['💡']).toEqual(['p5']);
    expect(cards[1]!.authorName).toBe('Participant 6');
    expect(board.votes.map((v) => v.participantId)).toEqual(['p1', 'p2', 'p3', 'p7']);
  });

  it('replaces the people behind reactions and votes, keeping the figures', () => {
    expect(cards[0]!.reactions['👍']).toEqual(['p2', 'p1']);
    expect(Object.getPrototypeOf(cards[0]!.reactions)).toBe(null);
    expect(board.votes.map((v) => v.cardId)).toEqual(['c1', 'c1', 'c2', 'c2']);
  });

  it('leaves blank names blank and keeps no original name or participant id anywhere', () => {
    expect(cards[2]!.author).toBe('p2');
    expect(cards[2]!.authorName).toBe('');
    const all = new Set(strings(result));
    for (const leak of ['Alice', 'Bob', 'Chloé', 'Odile', 'Gaston', 'alice', 'bob', 'constructor', 'organiser', 'ghost', 'intruder', 'voter']) {
      expect(all.has(leak), leak).toBe(false);
    }
  });

  it('keeps content as written: texts and roadmap leads are not people', () => {
    expect(cards.map((c) => c.text)).toEqual(['c1', 'c2', 'c3']);
    expect(cards[1]!.roadmap?.leadName).toBe('Ville de Lyon');
  });

  it('is stable: anonymising twice gives the same names', () => {
    expect(anonymiseBackup(backup)).toEqual(result);
  });
});
