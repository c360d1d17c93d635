/**
 * The public restitution of a workshop (issue 15 §3): what an organiser chooses to publish,
 * and the read-only picture anyone with its link receives. Zod-free: the public page reads
 * these types without the schemas. Authors appear by kind of structure only: no name,
 * organisation or id of a participant, and no join code, ever leave through it.
 */
import type { LeadKind, RoadmapStatus } from './roadmap';
import type { KindFigures } from './results/by-kind';
import type { StructureKind } from './structure-kinds';

/** A slug of 32 url-safe characters (24 random bytes): not guessable, not enumerable. */
export const PUBLICATION_SLUG_PATTERN = /^[A-Za-z0-9_-]{32}$/;
export const publicationPath = (slug: string) => `/r/${slug}`;
/** `/r/apercu/<workshop>`: the organiser's preview (never a slug: those are 32 characters). */
export const PREVIEW_SEGMENT = 'apercu';

/** What a restitution holds at most, so that one public request stays small. */
export const PUBLICATION_LIMITS = {
  topCards: 10,
  cardsPerBoard: 500,
  roadmapActions: 200,
} as const;

/** What an organiser chose to publish, and where. */
export interface PublicationChoice {
  path: string;
  /** Ids of the boards shown in full, beside the synthesis, top cards and roadmap. */
  boards: string[];
  /** Off by default: the page asks search engines not to index it. */
  indexable: boolean;
  publishedAt: number;
  updatedAt: number;
}

export interface PublicCard {
  text: string;
  /** The author's kind of structure; null when they gave none (or are not a participant). */
  kind: StructureKind | null;
  votes: number;
}

export interface PublicColumn {
  /** null: cards whose column was deleted ("Autres"). */
  title: string | null;
  cards: PublicCard[];
}

export interface PublicBoard {
  title: string;
  columns: PublicColumn[];
  /** Cards left out past PUBLICATION_LIMITS.cardsPerBoard. */
  omitted: number;
}

export interface PublicTopCard extends PublicCard {
  board: string;
  column: string | null;
}

export interface PublicAction {
  text: string;
  leadKind: LeadKind | null;
  leadName: string;
  partners: string;
  due: string | null;
  status: RoadmapStatus;
}

export interface Restitution {
  workshop: { title: string; date: string | null; place: string | null };
  /** Participants, cards and votes per kind of structure (counts only). */
  participation: KindFigures[];
  synthesis: PublicBoard[];
  topCards: PublicTopCard[];
  roadmap: PublicAction[];
  boards: PublicBoard[];
  indexable: boolean;
}

/** The reason a withdrawn restitution's address answers 410 with. */
export const PUBLICATION_WITHDRAWN = 'publication_withdrawn';
