/**
 * A card as components read it: every field of the card's Y.Map read once per change of
 * that card (never per render), checked for its type, and frozen by convention.
 */
import type * as Y from 'yjs';
import { readCard, type Card } from '@shared/board-model';
import { listComments, reactionsOf, type Comment, type Reaction } from '@shared/card-comments';
import { readRoadmap, type RoadmapFields } from '@shared/roadmap';
import { readRoadmapLog, type RoadmapLog } from '@shared/roadmap-log';
import { tablesOf } from '@shared/synthesis-rules';

export interface ReactionTally {
  counts: ReadonlyMap<Reaction, number>;
  /** The reactions this person gave. */
  mine: ReadonlySet<Reaction>;
}

export interface CardRecord extends Readonly<Card> {
  /** The group the card names; it may name a group that no longer exists (then it is loose). */
  readonly group: string | null;
  readonly comments: readonly Comment[];
  readonly reactions: ReactionTally;
  /** Synthesis boards: the tables the card came from. */
  readonly tables: readonly string[];
  /** Roadmap boards: the action's fields (defaults elsewhere). */
  readonly roadmap: RoadmapFields;
  /** Roadmap boards: the action's notes and status history (empty elsewhere). */
  readonly roadmapLog: RoadmapLog;
}

/** Where a card stands: what a column's order and grouping depend on, and nothing else. */
export interface Slot {
  readonly id: string;
  readonly order: string;
  readonly group: string | null;
}

export function readCardRecord(doc: Y.Doc, id: string, map: unknown, participantId: string): CardRecord | null {
  const card = readCard(id, map);
  if (!card) return null;
  const cardMap = map as Y.Map<unknown>;
  const group = cardMap.get('group');
  return {
    ...card,
    group: typeof group === 'string' ? group : null,
    comments: listComments(doc, id),
    reactions: reactionsOf(doc, id, participantId),
    tables: tablesOf(cardMap),
    roadmap: readRoadmap(cardMap),
    roadmapLog: readRoadmapLog(cardMap),
  };
}

/** The same place in the same column under the same group: the column's layout stands. */
export function samePlace(a: Pick<CardRecord, 'column' | 'order' | 'group'>, b: Pick<CardRecord, 'column' | 'order' | 'group'>): boolean {
  return a.column === b.column && a.order === b.order && a.group === b.group;
}
