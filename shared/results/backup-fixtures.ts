/** Backup cards and boards with every field defaulted, for tests and the export benchmark. */
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupBoard, type BackupCard, type WorkshopBackup } from './backup';

export function backupCard(card: Partial<BackupCard> & Pick<BackupCard, 'id' | 'column' | 'text'>): BackupCard {
  return {
    group: null,
    order: card.id,
    color: 'yellow',
    author: '',
    authorName: '',
    createdAt: 0,
    votes: 0,
    reactions: {},
    comments: [],
    roadmap: null,
    tables: [],
    ...card,
  };
}

export function backupBoard(board: Partial<BackupBoard> & Pick<BackupBoard, 'id' | 'title' | 'columns' | 'cards'>): BackupBoard {
  return { kind: 'board', table: null, sourceBoardId: null, groups: [], votes: [], ...board };
}

/** 100,000 blanks in a row: a Markdown heading of them once froze the server for 3.3 s. */
export const BLANK_RUN = ' '.repeat(100_000);

/**
 * A 1 MiB field built against text handling: it opens like a spreadsheet formula, then runs
 * long stretches of what backtracking regexes choke on (blanks, apostrophes, dashes, pipes
 * and backslashes, CRs without LF), with one real line break.
 */
export const MEGABYTE_FIELD = [
  '=HYPERLINK("http://example.org/x";"ok")\nsuite',
  ' '.repeat(262_144),
  "'".repeat(262_144),
  '-'.repeat(131_072),
  '|\\'.repeat(65_536),
  ' \r'.repeat(131_072),
  'fin',
].join('');

/**
 * A workshop whose free-text fields are 100,000 blanks around a word, often behind a
 * formula's first character, and whose card text is the 1 MiB field: for the formats' tests
 * and bench.
 */
export function hostileTextBackup(): WorkshopBackup {
  const padded = (word: string) => `${BLANK_RUN}${word}${BLANK_RUN}`;
  const card = backupCard({
    id: 'k1',
    column: 'c1',
    group: 'g1',
    text: MEGABYTE_FIELD,
    author: 'p1',
    authorName: `@${BLANK_RUN}`,
    reactions: { '👍': ['p1'] },
    comments: [{ id: 'm1', author: 'p1', authorName: padded('Zoé'), text: `-${BLANK_RUN}\nsuite`, createdAt: 0, replyTo: null }],
  });
  const columns = [{ id: 'c1', title: padded('Idées') }];
  const groups = [{ id: 'g1', title: padded('Groupe'), column: 'c1', order: 'a0', collapsed: false }];
  const roadmap = { leadKind: null, leadName: padded('Ville de Lyon'), partners: `+${BLANK_RUN}`, due: null, status: 'todo' as const, links: [] };
  const action = { ...card, id: 'k2', group: null, text: `\t${BLANK_RUN}\r\nAction`, roadmap };
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: 0,
    anonymous: false,
    workshop: { title: `=${BLANK_RUN}Atelier`, date: null, place: padded('Lyon'), createdAt: 0, archivedAt: null, retentionDays: null },
    participants: [{ id: 'p1', name: padded('Zoé'), joinedAt: 0 }],
    boards: [
      backupBoard({ id: 'b1', title: `${"'".repeat(100_000)}${padded('Tableau')}`, table: padded('Table 1'), columns, groups, cards: [card] }),
      backupBoard({ id: 'b2', title: padded('Feuille de route'), kind: 'roadmap', columns, cards: [action] }),
    ],
  };
}
