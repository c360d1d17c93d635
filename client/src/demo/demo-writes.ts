/**
 * The demo's content written into board documents, by the organiser's session: cards (with
 * their roadmap fields), comments and replies, groups. Cards carry their authors' own ids, as
 * an organiser may write for others; reactions are not here, as only their giver may add them.
 */
import type * as Y from 'yjs';
import { addCard, type CardColor } from '@shared/board-model';
import { createGroup } from '@shared/board-groups';
import { addComment } from '@shared/card-comments';
import { newId } from '@shared/ids';
import type { BoardInfo } from '@shared/protocol';
import { setRoadmapFields, type RoadmapFields } from '@shared/roadmap';
import { DEMO_COMMENTS, DEMO_GROUPS } from './demo-activity';
import type { DemoAction } from './demo-content';
import { DEMO_PEOPLE, type PersonKey } from './demo-people';

/** Who wrote, by participant id: filled from the demo participants' joins. */
export type Authors = Readonly<Record<PersonKey, string>>;

interface WrittenCard {
  column: number;
  text: string;
  author: PersonKey;
  color: CardColor;
  action?: DemoAction;
}

export interface BoardWrite {
  board: BoardInfo;
  cards: readonly WrittenCard[];
  /** The cards' ids, chosen beforehand so that other boards can link to them. */
  ids: readonly string[];
  authors: Authors;
  /** When the first card was written; the others follow a minute and a half apart. */
  start: number;
  fieldsOf: (action: DemoAction) => Partial<RoadmapFields>;
}

export function writeCards(doc: Y.Doc, { board, cards, ids, authors, start, fieldsOf }: BoardWrite): void {
  doc.transact(() => {
    cards.forEach((card, i) => {
      const column = board.columns[card.column];
      const id = ids[i];
      if (!column || !id) return;
      addCard(doc, {
        id,
        column: column.id,
        author: authors[card.author],
        authorName: DEMO_PEOPLE[card.author].name,
        color: card.color,
        text: card.text,
        createdAt: start + i * 97_000,
      });
      if (card.action && board.kind === 'roadmap') setRoadmapFields(doc, id, fieldsOf(card.action));
    });
  });
}

/** The comments, replies and groups of board `place` in DEMO_BOARDS. */
export function writeDiscussion(doc: Y.Doc, place: number, { board, ids, authors, start }: BoardWrite): void {
  const person = (key: PersonKey) => ({ author: authors[key], authorName: DEMO_PEOPLE[key].name });
  doc.transact(() => {
    DEMO_COMMENTS.filter((c) => c.board === place).forEach((comment, n) => {
      const cardId = ids[comment.card];
      if (!cardId) return;
      const id = newId();
      const at = start + 3_600_000 - (n + 1) * 600_000;
      addComment(doc, cardId, { id, ...person(comment.by), text: comment.text, replyTo: null, createdAt: at });
      comment.replies?.forEach((reply, r) =>
        addComment(doc, cardId, { id: newId(), ...person(reply.by), text: reply.text, replyTo: id, createdAt: at + (r + 1) * 120_000 }),
      );
    });
    for (const group of DEMO_GROUPS.filter((g) => g.board === place)) {
      const column = board.columns[group.column];
      if (!column) continue;
      createGroup(doc, { id: newId(), column: column.id, title: group.title, cardIds: group.cards.flatMap((c) => ids[c] ?? []) });
    }
  });
}
