/**
 * What an update would do to a board, in the board's own terms (docs/board-schema.md): which
 * cards, comments, reactions and groups it creates, writes or deletes. Produced once per
 * update by describeUpdate, read by every check (ownership, anonymity, limits), by the
 * document layer (nothing to store?) and by later updates that build on it before it is applied.
 */
import type * as Y from 'yjs';
import type { DecodedItem, DecodedUpdate } from './decode-update';

/** What one write puts under a key: a value, a new shared type, or nothing (the key is removed). */
export type FieldValue =
  | { kind: 'value'; value: unknown }
  | { kind: 'type'; type: 'array' | 'map' | 'text' }
  | { kind: 'removed' };

export interface FieldWrite {
  key: string;
  value: FieldValue;
}

/**
 * One map of the board (a card, a comment, a group), as this update touches it. `existing` is
 * the live map when the document holds it; `origin` is the change that created it when it is
 * created here or by an update accepted but not yet applied.
 */
export interface MapChange {
  /** The id of the item holding the map (`client:clock`): one instance, even if its key is reused. */
  readonly entry: string;
  readonly existing: Y.Map<unknown> | null;
  origin: MapChange | null;
  created: boolean;
  deleted: boolean;
  readonly writes: FieldWrite[];
}

export interface CommentChange extends MapChange {
  readonly cardEntry: string;
}

export interface GroupChange extends MapChange {
  readonly groupId: string;
}

export interface ReactionWrite {
  /** `<emoji> <participantId>`. */
  key: string;
  /** `true` from an honest client; `removed` when the reaction is taken back. */
  value: FieldValue;
}

export interface CardChange extends MapChange {
  readonly cardId: string;
  textInserted: number;
  textDeleted: number;
  readonly comments: Map<string, CommentChange>;
  readonly reactions: ReactionWrite[];
}

/** Where an item of the update sits: its parent's place and its key in a map (null in a list). */
export interface ItemParent {
  place: Place;
  key: string | null;
}

/** A shared type of the board, as the schema names it. */
export type Place =
  | { kind: 'cards' }
  | { kind: 'groups' }
  | { kind: 'card'; card: CardNode }
  | { kind: 'text'; card: CardNode }
  | { kind: 'comments'; card: CardNode }
  | { kind: 'reactions'; card: CardNode }
  | { kind: 'comment'; card: CardNode; comment: MapNode }
  | { kind: 'group'; group: GroupNode }
  /** Collected or deleted content: what is written there is dropped by Yjs. */
  | { kind: 'gone' }
  /** Anything the schema does not have (another root, a map nested where none belongs). */
  | { kind: 'foreign'; what: string };

export interface MapNode {
  entry: string;
  existing: Y.Map<unknown> | null;
  /** The change that created it, when it is not in the document yet. */
  origin: MapChange | null;
}
export interface CardNode extends MapNode {
  cardId: string;
}
export interface GroupNode extends MapNode {
  groupId: string;
}

export interface UpdateDescription {
  readonly decoded: DecodedUpdate;
  /** Whether applying it would change the document at all (else nothing is stored). */
  changes: boolean;
  /** Touched cards, by entry. */
  readonly cards: Map<string, CardChange>;
  readonly groups: Map<string, GroupChange>;
  /** Yjs client ids under which it adds structs. */
  readonly writers: Set<number>;
  /** Parents of the items it adds, for the updates that build on it before it is applied. */
  readonly parents: Map<DecodedItem, ItemParent>;
  readonly places: Map<DecodedItem, Place>;
}

/** A client's update that passed the write checks: who wrote it and what it does, for BoardDoc.submit. */
export interface AcceptedWrite {
  by: string;
  described: UpdateDescription;
}

/** A field as it stands: read from the document, or from the writes of the change that created it. */
export function readField(node: Pick<MapNode, 'existing' | 'origin'>, key: string): unknown {
  if (node.existing) return node.existing.get(key);
  const writes = node.origin?.writes ?? [];
  for (let i = writes.length - 1; i >= 0; i--) {
    const write = writes[i]!;
    if (write.key !== key) continue;
    return write.value.kind === 'value' ? write.value.value : undefined;
  }
  return undefined;
}
