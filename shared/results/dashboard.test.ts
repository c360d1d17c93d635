import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupBoard, type BackupCard, type WorkshopBackup } from './backup';
import { backupBoard, backupCard } from './backup-fixtures';
import { computeDashboard, participantsOverTime, TOP_CARD_TEXT_CHARS, TOP_CARDS } from './dashboard';

const T0 = Date.UTC(2026, 2, 12, 9, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

function card(id: string, extra: Partial<BackupCard> = {}): BackupCard {
  return backupCard({ id, column: 'col-1', order: 'a0', text: `Carte ${id}`, author: 'p1', authorName: 'Alice', createdAt: T0, ...extra });
}

function board(id: string, cards: BackupCard[], votes: [string, string][] = [], extra: Partial<BackupBoard> = {}): BackupBoard {
  const columns = [{ id: 'col-1', title: 'Idées' }];
  return backupBoard({ id, title: `Tableau ${id}`, columns, cards, votes: votes.map(([participantId, cardId]) => ({ participantId, cardId })), ...extra });
}

function backup(boards: BackupBoard[], joinedAt: number[] = []): WorkshopBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: T0 + DAY,
    anonymous: false,
    workshop: { title: 'Atelier', date: null, place: null, createdAt: T0, archivedAt: null, retentionDays: null },
    participants: joinedAt.map((at, i) => ({ id: `p${i + 1}`, name: `Personne ${i + 1}`, joinedAt: at })),
    boards,
  };
}

const comment = (id: string) => ({ id, author: 'p2', authorName: 'Bob', text: 'oui', createdAt: T0, replyTo: null });

describe('participantsOverTime', () => {
  it('counts people cumulatively in 5-minute steps over a day', () => {
    const { stepMs, points } = participantsOverTime([T0 + 12 * MIN, T0, T0 + MIN, T0 + 4 * MIN + 59_999]);
    expect(stepMs).toBe(5 * MIN);
    expect(points).toEqual([
      { at: T0, total: 3 },
      { at: T0 + 5 * MIN, total: 3 },
      { at: T0 + 10 * MIN, total: 4 },
    ]);
  });

  it('switches to one point per day for a workshop over several days', () => {
    const { stepMs, points } = participantsOverTime([T0, T0 + 2 * DAY + 3 * 60 * MIN]);
    expect(stepMs).toBe(DAY);
    const midnight = Date.UTC(2026, 2, 12);
    expect(points).toEqual([
      { at: midnight, total: 1 },
      { at: midnight + DAY, total: 1 },
      { at: midnight + 2 * DAY, total: 2 },
    ]);
  });

  it('widens the step so that years of joins stay a readable chart', () => {
    const { stepMs, points } = participantsOverTime([T0, T0 + 1_000 * DAY]);
    expect(stepMs % DAY).toBe(0);
    expect(points.length).toBeLessThanOrEqual(400);
    expect(points.at(-1)?.total).toBe(2);
  });

  it('is empty without participants', () => {
    expect(participantsOverTime([]).points).toEqual([]);
  });
});

describe('computeDashboard', () => {
  const plenary = board(
    'plenary',
    [
      card('c1', { comments: [comment('m1'), comment('m2')], reactions: { '👍': ['p1', 'p2'], '💡': ['p3'] } }),
      card('c2'),
    ],
    [
      ['p1', 'c2'],
      ['p2', 'c2'],
      ['p3', 'c1'],
    ],
  );
  const tableA1 = board('ta1', [card('a1'), card('a2'), card('a3')], [['p1', 'a3']], { table: 'Table 1', sourceBoardId: 'plenary' });
  const tableA2 = board('ta2', [card('a4', { comments: [comment('m3')] })], [], { table: 'Table 1', sourceBoardId: 'other' });
  const tableB = board('tb', [card('b1')], [['p2', 'b1'], ['p3', 'b1'], ['p4', 'b1']], { table: 'Table 2' });
  const synthesis = board('syn', [card('s1')], [], { kind: 'synthesis', table: 'Table 1' });
  const dashboard = computeDashboard(backup([plenary, tableA1, tableA2, tableB, synthesis], [T0, T0 + MIN, T0 + 7 * MIN]));

  it('gives cards, votes, comments and reactions per board', () => {
    expect(dashboard.boards.map(({ boardId, cards, votes, comments, reactions }) => ({ boardId, cards, votes, comments, reactions }))).toEqual([
      { boardId: 'plenary', cards: 2, votes: 3, comments: 2, reactions: 3 },
      { boardId: 'ta1', cards: 3, votes: 1, comments: 0, reactions: 0 },
      { boardId: 'ta2', cards: 1, votes: 0, comments: 1, reactions: 0 },
      { boardId: 'tb', cards: 1, votes: 3, comments: 0, reactions: 0 },
      { boardId: 'syn', cards: 1, votes: 0, comments: 0, reactions: 0 },
    ]);
  });

  it('sums the boards of each table, leaving out synthesis boards', () => {
    expect(dashboard.tables).toEqual([
      { table: 'Table 1', boards: 2, cards: 4, votes: 1, comments: 1, reactions: 0 },
      { table: 'Table 2', boards: 1, cards: 1, votes: 3, comments: 0, reactions: 0 },
    ]);
  });

  it('ranks the most-voted cards with their board, ties in board order', () => {
    expect(dashboard.topCards).toEqual([
      { boardId: 'tb', boardTitle: 'Tableau tb', cardId: 'b1', text: 'Carte b1', votes: 3 },
      { boardId: 'plenary', boardTitle: 'Tableau plenary', cardId: 'c2', text: 'Carte c2', votes: 2 },
      { boardId: 'plenary', boardTitle: 'Tableau plenary', cardId: 'c1', text: 'Carte c1', votes: 1 },
      { boardId: 'ta1', boardTitle: 'Tableau ta1', cardId: 'a3', text: 'Carte a3', votes: 1 },
    ]);
  });

  it('keeps only the top cards', () => {
    const many = Array.from({ length: 15 }, (_, i) => card(`k${i}`));
    const votes = many.map((c, i) => [`p${i}`, c.id] as [string, string]);
    const result = computeDashboard(backup([board('big', many, votes)]));
    expect(result.topCards).toHaveLength(TOP_CARDS);
  });

  it('totals the workshop counting each card once: the synthesis copies are left out', () => {
    expect(dashboard.totals).toEqual({ cards: 7, votes: 7, comments: 3, reactions: 3 });
    expect(dashboard.participants).toBe(3);
    expect(dashboard.participantsOverTime).toEqual([
      { at: T0, total: 2 },
      { at: T0 + 5 * MIN, total: 3 },
    ]);
    expect(dashboard.generatedAt).toBe(T0 + DAY);
  });
});

describe('computeDashboard counts the room, not the staff', () => {
  const people = backup([board('b', [card('k1')], [['p1', 'k1']])], [T0, T0 + MIN]);
  people.participants.push(
    { id: 'f1', name: 'Facilitatrice', joinedAt: T0 + 2 * MIN, role: 'facilitator' },
    { id: 'v1', name: 'Écran de la salle', joinedAt: T0 + 3 * MIN, role: 'viewer' },
    { id: 'o1', name: 'Co-organisateur', joinedAt: T0 + 4 * MIN, role: 'organiser' },
    { id: 'p9', name: 'Venue par le code', joinedAt: T0 + 20 * MIN, role: 'participant' },
  );

  it('counts those who joined by the code (and people of older backups, without a role)', () => {
    const result = computeDashboard(people);
    expect(result.participants).toBe(3);
    expect(result.participantsOverTime.at(-1)?.total).toBe(3);
    expect(result.kinds).toEqual([{ kind: null, participants: 3, cards: 1, votes: 0 }]);
  });

  it('cuts a long card between two emoji, never inside one', () => {
    const long = backup([board('b', [card('k1', { text: '🌱'.repeat(200) })], [['p1', 'k1']])]);
    expect(computeDashboard(long).topCards[0]!.text).toBe(`${'🌱'.repeat(TOP_CARD_TEXT_CHARS - 1)}…`);
  });

  it('never ranks a synthesis copy or a roadmap action among the top cards', () => {
    const copies = backup([
      board('t', [card('k1')], [['p1', 'k1']]),
      board('syn', [card('s1')], [['p1', 's1'], ['p2', 's1']], { kind: 'synthesis' }),
      board('road', [card('r1')], [['p1', 'r1']], { kind: 'roadmap' }),
    ]);
    expect(computeDashboard(copies).topCards.map((c) => c.cardId)).toEqual(['k1']);
  });
});
