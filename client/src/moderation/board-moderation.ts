/**
 * What moderation reads from the server for one open board, shared by every component of it:
 * the words of the hidden cards this person may read, and the controlled board's inbox
 * (everything waiting for a facilitator, one's own cards for a participant).
 */
import type { HiddenCard, InboxCard } from '@shared/moderation';
import type { BoardSession } from '../board/store/board-session';
import { moderationApi } from './moderation-api';
import { RemoteValue } from './remote-value';

export interface BoardModeration {
  hidden: RemoteValue<ReadonlyMap<string, HiddenCard>>;
  inbox: RemoteValue<readonly InboxCard[] | null>;
}

const bySession = new WeakMap<BoardSession, BoardModeration>();

export function moderationOf(session: BoardSession): BoardModeration {
  let found = bySession.get(session);
  if (!found) {
    found = {
      hidden: new RemoteValue(async () => {
        const { cards } = await moderationApi.hidden(session.boardId, session.token);
        return new Map(cards.map((card) => [card.cardId, card]));
      }, new Map()),
      inbox: new RemoteValue(async () => (await moderationApi.inbox(session.boardId, session.token)).cards, null),
    };
    bySession.set(session, found);
  }
  return found;
}
