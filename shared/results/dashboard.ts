/**
 * The organiser's dashboard: figures computed from a WorkshopBackup, so that they always
 * agree with the exports. Pure: no clock, no I/O. It carries no names, only counts and the
 * text of the most-voted cards.
 */
import type { BackupBoard, WorkshopBackup } from './backup';
import { figuresByKind, type KindFigures } from './by-kind';
import { countedParticipants, ownCardBoards } from './counted';
import { mostVoted, shortText } from './top-cards';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Five-minute steps read well for a day; beyond that, one point per day. */
export const FINE_STEP_MS = 5 * MINUTE;
/** Keeps a workshop that ran for years to a chart of this many points at most. */
export const MAX_POINTS = 400;
export const TOP_CARDS = 10;
/** Card text kept in the dashboard: enough to recognise a card in a bar label. */
export const TOP_CARD_TEXT_CHARS = 140;

export interface ParticipantsPoint {
  /** Start of the bucket (ms since epoch, UTC-aligned). */
  at: number;
  /** Participants who had joined by the end of this bucket. */
  total: number;
}

export interface Figures {
  cards: number;
  votes: number;
  comments: number;
  reactions: number;
}

export interface BoardFigures extends Figures {
  boardId: string;
  title: string;
  table: string | null;
}

export interface TableFigures extends Figures {
  table: string;
  boards: number;
}

export interface TopCard {
  boardId: string;
  boardTitle: string;
  cardId: string;
  text: string;
  votes: number;
}

export interface Dashboard {
  generatedAt: number;
  /** Those who joined by the code: facilitators, co-organisers and screens are not counted. */
  participants: number;
  /** Bucket width of `participantsOverTime`, in ms. */
  stepMs: number;
  participantsOverTime: ParticipantsPoint[];
  boards: BoardFigures[];
  /** Boards with `table` set, summed per table (synthesis boards are not a table). */
  tables: TableFigures[];
  topCards: TopCard[];
  /** Each card once: a synthesis board's copies are left out (its own row in `boards` keeps them). */
  totals: Figures;
  /** Participants, cards and votes per kind of structure (shared/results/by-kind.ts). */
  kinds: KindFigures[];
}

/** Cumulative participants by join time, in 5-minute or daily buckets. */
export function participantsOverTime(joinedAt: readonly number[]): { stepMs: number; points: ParticipantsPoint[] } {
  if (joinedAt.length === 0) return { stepMs: FINE_STEP_MS, points: [] };
  const times = [...joinedAt].sort((a, b) => a - b);
  const first = times[0]!;
  const last = times.at(-1)!;
  let stepMs = last - first <= DAY ? FINE_STEP_MS : DAY;
  if ((last - first) / stepMs + 1 > MAX_POINTS) stepMs = Math.ceil((last - first) / DAY / (MAX_POINTS - 1)) * DAY;
  const start = Math.floor(first / stepMs) * stepMs;
  const points: ParticipantsPoint[] = [];
  let joined = 0;
  for (let at = start; at <= last; at += stepMs) {
    while (joined < times.length && times[joined]! < at + stepMs) joined++;
    points.push({ at, total: joined });
  }
  return { stepMs, points };
}

function figuresOf(board: BackupBoard): Figures {
  let comments = 0;
  let reactions = 0;
  for (const card of board.cards) {
    comments += card.comments.length;
    for (const who of Object.values(card.reactions)) reactions += who.length;
  }
  return { cards: board.cards.length, votes: board.votes.length, comments, reactions };
}

const add = (a: Figures, b: Figures): Figures => ({
  cards: a.cards + b.cards,
  votes: a.votes + b.votes,
  comments: a.comments + b.comments,
  reactions: a.reactions + b.reactions,
});
const none: Figures = { cards: 0, votes: 0, comments: 0, reactions: 0 };

export function computeDashboard(backup: WorkshopBackup): Dashboard {
  const boards: BoardFigures[] = backup.boards.map((b) => ({ boardId: b.id, title: b.title, table: b.table, ...figuresOf(b) }));

  const tables = new Map<string, TableFigures>();
  backup.boards.forEach((board, i) => {
    if (board.table === null || board.kind === 'synthesis') return;
    const sum = tables.get(board.table) ?? { table: board.table, boards: 0, ...none };
    tables.set(board.table, { ...sum, ...add(sum, boards[i]!), boards: sum.boards + 1 });
  });

  // Votes are counted from the votes themselves, the same truth as the exports' tallies.
  const tallied = backup.boards.map((board) => {
    const votes = new Map<string, number>();
    for (const v of board.votes) votes.set(v.cardId, (votes.get(v.cardId) ?? 0) + 1);
    return { ...board, cards: board.cards.map((card) => ({ ...card, votes: votes.get(card.id) ?? 0 })) };
  });
  const topCards: TopCard[] = mostVoted(tallied, TOP_CARDS).map(({ board, card }) => ({
    boardId: board.id,
    boardTitle: board.title,
    cardId: card.id,
    text: shortText(card.text, TOP_CARD_TEXT_CHARS),
    votes: card.votes,
  }));

  const participants = countedParticipants(backup);
  const { stepMs, points } = participantsOverTime(participants.map((p) => p.joinedAt));
  const own = new Set(ownCardBoards(backup.boards).map((b) => b.id));
  return {
    generatedAt: backup.exportedAt,
    participants: participants.length,
    stepMs,
    participantsOverTime: points,
    boards,
    tables: [...tables.values()],
    topCards,
    totals: boards.filter((b) => own.has(b.boardId)).reduce<Figures>(add, none),
    kinds: figuresByKind(backup),
  };
}
