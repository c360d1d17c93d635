/** The workshop's structure, as organisers prepare it: details, boards and their columns. */
import type { BoardInfo, WorkshopInfo } from '@shared/protocol';
import { request } from './api-client';

export interface WorkshopDetails {
  title: string;
  date: string | null;
  place: string | null;
}

const board = (id: string) => `/api/boards/${encodeURIComponent(id)}`;
const column = (boardId: string, columnId: string) => `${board(boardId)}/columns/${encodeURIComponent(columnId)}`;

export const structureApi = {
  updateWorkshop: (id: string, token: string, details: WorkshopDetails) =>
    request<WorkshopInfo>('PATCH', `/api/workshops/${encodeURIComponent(id)}`, details, token),
  addBoard: (workshopId: string, token: string, title: string, columns: string[]) =>
    request<BoardInfo>('POST', `/api/workshops/${encodeURIComponent(workshopId)}/boards`, { title, columns }, token),
  reorderBoards: (workshopId: string, token: string, ids: string[]) =>
    request<{ boards: BoardInfo[] }>('PUT', `/api/workshops/${encodeURIComponent(workshopId)}/boards/order`, { ids }, token),
  renameBoard: (boardId: string, token: string, title: string) => request<BoardInfo>('PATCH', board(boardId), { title }, token),
  removeBoard: (boardId: string, token: string) => request<null>('DELETE', board(boardId), undefined, token),
  addColumn: (boardId: string, token: string, title: string) => request<BoardInfo>('POST', `${board(boardId)}/columns`, { title }, token),
  renameColumn: (boardId: string, columnId: string, token: string, title: string) =>
    request<BoardInfo>('PATCH', column(boardId, columnId), { title }, token),
  reorderColumns: (boardId: string, token: string, ids: string[]) =>
    request<BoardInfo>('PUT', `${board(boardId)}/columns/order`, { ids }, token),
  removeColumn: (boardId: string, columnId: string, token: string) => request<BoardInfo>('DELETE', column(boardId, columnId), undefined, token),
};

/** `items` with the one at `index` moved by `step` (-1 up, +1 down); null when it cannot move. */
export function moved<T>(items: readonly T[], index: number, step: -1 | 1): T[] | null {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return null;
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
