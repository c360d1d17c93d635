/** Moderation's API (docs/protocol.md): hidden cards and a controlled board's inbox. */
import type { HiddenCardList, InboxCard, InboxList } from '@shared/moderation';
import type { CardColor } from '@shared/board-model';
import { request } from '../api/api-client';

const board = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;

export const moderationApi = {
  hidden: (boardId: string, token: string) => request<HiddenCardList>('GET', `${board(boardId)}/hidden`, undefined, token),
  hide: (boardId: string, cardId: string, reason: string, token: string) =>
    request<null>('POST', `${board(boardId)}/cards/${encodeURIComponent(cardId)}/hide`, { reason }, token),
  show: (boardId: string, cardId: string, token: string) => request<null>('POST', `${board(boardId)}/cards/${encodeURIComponent(cardId)}/unhide`, {}, token),
  inbox: (boardId: string, token: string) => request<InboxList>('GET', `${board(boardId)}/inbox`, undefined, token),
  send: (boardId: string, card: { column: string; text: string; color: CardColor }, token: string) =>
    request<InboxCard>('POST', `${board(boardId)}/inbox`, card, token),
  accept: (boardId: string, id: string, token: string) => request<{ cardId: string }>('POST', `${board(boardId)}/inbox/${encodeURIComponent(id)}/accept`, {}, token),
  acceptAll: (boardId: string, token: string) => request<{ accepted: number }>('POST', `${board(boardId)}/inbox/accept-all`, {}, token),
  refuse: (boardId: string, id: string, token: string) => request<null>('POST', `${board(boardId)}/inbox/${encodeURIComponent(id)}/refuse`, {}, token),
  withdraw: (boardId: string, id: string, token: string) => request<null>('DELETE', `${board(boardId)}/inbox/${encodeURIComponent(id)}`, undefined, token),
};
