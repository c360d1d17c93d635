/**
 * What every export format needs from a backup, computed once here so that the renderers
 * only lay it out: boards cut into columns and groups in board order, comment threads,
 * one-line summaries of reactions and roadmap fields, participation figures, flat rows.
 */
import { compareCards } from '@shared/board-model';
import type { BackupBoard, BackupCard, BackupComment, BackupGroup, WorkshopBackup } from '@shared/results/backup';
import { figuresByKind } from '@shared/results/by-kind';
import { countedParticipants, ownCardBoards } from '@shared/results/counted';
import { formatDay, type ReportLabels } from './report-labels';

export interface GroupOutline {
  /** null: the cards of the column that are in no group (listed before the groups). */
  group: BackupGroup | null;
  cards: BackupCard[];
}

export interface ColumnOutline {
  id: string;
  title: string;
  groups: GroupOutline[];
}

/**
 * A board as it reads on screen: columns in order, free cards, then each group's cards.
 * A column without cards is left out: a report prints what was said, not empty frames.
 */
export function outlineBoard(board: BackupBoard, labels: ReportLabels): ColumnOutline[] {
  const cards = [...board.cards].sort(compareCards);
  const groups = [...board.groups].sort(compareCards);
  const groupIds = new Set(groups.map((g) => g.id));
  const known = new Set(board.columns.map((c) => c.id));
  const columns = [...board.columns];
  // A card whose column was deleted is still part of the results: it goes under "Autres".
  if (cards.some((c) => !known.has(c.column))) columns.push({ id: '', title: labels.otherColumn });
  // Cards bucketed in one pass, in order (a board may hold thousands of cards and groups).
  const buckets = new Map<string, BackupCard[]>();
  const bucketKey = (column: string, group: string | null) => `${column}\n${group ?? ''}`;
  for (const card of cards) {
    const key = bucketKey(known.has(card.column) ? card.column : '', card.group !== null && groupIds.has(card.group) ? card.group : null);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(card);
    else buckets.set(key, [card]);
  }
  return columns.flatMap((column) => {
    const free = buckets.get(bucketKey(column.id, null));
    // A group is listed under the column its cards are in, and only if it holds any.
    const grouped = groups.flatMap((group) => {
      const own = buckets.get(bucketKey(column.id, group.id));
      return own ? [{ group, cards: own }] : [];
    });
    const parts = [...(free ? [{ group: null, cards: free }] : []), ...grouped];
    return parts.length > 0 ? [{ id: column.id, title: column.title, groups: parts }] : [];
  });
}

/**
 * The boards a report (docx, Markdown) prints after its summary, in reading order: the
 * syntheses first (what the tables concluded), then the others in the workshop's order.
 * Boards without cards are left out, and roadmaps, whose actions the summary tables.
 */
export function reportBoards(backup: WorkshopBackup): BackupBoard[] {
  const written = backup.boards.filter((b) => b.cards.length > 0 && b.kind !== 'roadmap');
  return [...written.filter((b) => b.kind === 'synthesis'), ...written.filter((b) => b.kind !== 'synthesis')];
}

export interface ThreadedComment {
  comment: BackupComment;
  isReply: boolean;
}

/** Comments in reading order: each one followed by its replies (one level of threading). */
export function threadComments(comments: readonly BackupComment[]): ThreadedComment[] {
  const sorted = [...comments].sort((a, b) => a.createdAt - b.createdAt);
  const ids = new Set(sorted.map((c) => c.id));
  // A reply whose parent was deleted stands on its own.
  const roots = sorted.filter((c) => c.replyTo === null || !ids.has(c.replyTo));
  return roots.flatMap((root) => [
    { comment: root, isReply: false },
    ...sorted.filter((c) => c.replyTo === root.id).map((comment) => ({ comment, isReply: true })),
  ]);
}

/** "Zoé Lefèvre : texte", replies prefixed with "↳". */
export function commentLine({ comment, isReply }: ThreadedComment, labels: ReportLabels): string {
  const who = comment.authorName ? `${comment.authorName}${labels.colon}` : '';
  return `${isReply ? '↳ ' : ''}${who}${comment.text}`;
}

/** "👍 3, 💡 1", most given first. */
export function reactionSummary(reactions: BackupCard['reactions']): string {
  return Object.entries(reactions)
    .filter(([, who]) => who.length > 0)
    .sort((a, b) => b[1].length - a[1].length)
    .map(([emoji, who]) => `${emoji} ${who.length}`)
    .join(', ');
}

/** Who the author speaks for: "Commune", the organisation's name, both or neither. */
export function authorProfile(card: BackupCard, labels: ReportLabels): { kind: string; organisation: string } {
  return { kind: card.authorKind ? labels.structureKinds[card.authorKind] : '', organisation: card.authorOrganisation ?? '' };
}

/** Author, their structure, votes, reactions and (synthesis) tables of a card, as short parts of one line. */
export function cardMeta(card: BackupCard, labels: ReportLabels): string[] {
  const reactions = reactionSummary(card.reactions);
  const profile = authorProfile(card, labels);
  return [
    card.authorName,
    [profile.kind, profile.organisation].filter(Boolean).join(' — '),
    labels.voteCount(card.votes),
    reactions,
    card.tables.length > 0 ? `${labels.tables}${labels.colon}${card.tables.join(', ')}` : '',
  ].filter(Boolean);
}

export interface RoadmapText {
  lead: string;
  partners: string;
  due: string;
  /** The due day as stored (`2027-06-30`): a date cell in spreadsheets. */
  dueDay: string | null;
  status: string;
}

/** Roadmap fields as readable text: "Commune — Ville de Tours", "3 décembre 2026", "En cours". */
export function roadmapText(card: BackupCard, labels: ReportLabels): RoadmapText | null {
  const r = card.roadmap;
  if (!r) return null;
  const kind = r.leadKind ? labels.leadKinds[r.leadKind] : '';
  return {
    lead: [kind, r.leadName].filter(Boolean).join(' — '),
    partners: r.partners,
    due: r.due ? formatDay(r.due, labels.lang) : '',
    dueDay: r.due,
    status: labels.statuses[r.status],
  };
}

export interface Participation {
  participants: number;
  cards: number;
  votes: number;
  comments: number;
}

/** People who joined by the code; each card once (a synthesis' copies are not counted again). */
export function participation(backup: WorkshopBackup): Participation {
  const cards = ownCardBoards(backup.boards).flatMap((b) => b.cards);
  return {
    participants: countedParticipants(backup).length,
    cards: cards.length,
    votes: cards.reduce((n, c) => n + c.votes, 0),
    comments: cards.reduce((n, c) => n + c.comments.length, 0),
  };
}

/** A table of a report: its header row first; caption and description name it for screen readers. */
export interface ReportTable {
  rows: [string[], ...string[][]];
  caption: string;
  description: string;
}

/**
 * The table "par type de structure" (docx, Markdown): header, then one row per kind; none
 * when nobody gave a kind, so that a workshop without profiles reads as before.
 */
export function kindTable(backup: WorkshopBackup, labels: ReportLabels): ReportTable | null {
  const figures = figuresByKind(backup);
  if (figures.every((row) => row.kind === null)) return null;
  const header = [labels.kind, labels.participants, labels.cards, labels.votes];
  return {
    rows: [
      header,
      ...figures.map((row) => [row.kind ? labels.structureKinds[row.kind] : labels.noKind, String(row.participants), String(row.cards), String(row.votes)]),
    ],
    caption: labels.byKind,
    description: labels.rowPer('kind', header),
  };
}

/** "3 décembre 2026 · Lyon": the line under the title. */
export function workshopSubtitle(backup: WorkshopBackup, labels: ReportLabels): string {
  const { date, place } = backup.workshop;
  return [date ? formatDay(date, labels.lang) : '', place ?? ''].filter(Boolean).join(' · ');
}

/** One card as a spreadsheet row: the fields shared by the xlsx and csv formats. */
export interface CardRow {
  board: string;
  /** The board's table (parallel tables) or, on a synthesis board, the card's tables. */
  table: string;
  column: string;
  group: string;
  text: string;
  author: string;
  kind: string;
  organisation: string;
  votes: number;
  reactions: string;
  comments: string;
  createdAt: number;
  roadmap: RoadmapText | null;
}

export function cardRows(board: BackupBoard, labels: ReportLabels): CardRow[] {
  return outlineBoard(board, labels).flatMap((column) =>
    column.groups.flatMap(({ group, cards }) =>
      cards.map((card) => ({
        board: board.title,
        table: board.table ?? card.tables.join(', '),
        column: column.title,
        group: group?.title ?? '',
        text: card.text,
        author: card.authorName,
        ...authorProfile(card, labels),
        votes: card.votes,
        reactions: reactionSummary(card.reactions),
        comments: threadComments(card.comments)
          .map((c) => commentLine(c, labels))
          .join('\n'),
        createdAt: card.createdAt,
        roadmap: roadmapText(card, labels),
      })),
    ),
  );
}
