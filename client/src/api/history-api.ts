/** The trash (facilitators) and history checkpoints (organisers) of a board. */
import type { CheckpointList, RestoredCard, RevertResult, TrashList } from '@shared/history';
import { request } from './api-client';

export const historyApi = {
  trash: (boardId: string, token: string) => request<TrashList>('GET', `/api/boards/${boardId}/trash`, undefined, token),
  restoreCard: (boardId: string, entryId: number, token: string) =>
    request<RestoredCard>('POST', `/api/boards/${boardId}/trash/${entryId}/restore`, undefined, token),
  checkpoints: (boardId: string, token: string) =>
    request<CheckpointList>('GET', `/api/boards/${boardId}/checkpoints`, undefined, token),
  /** Brings the board back to a checkpoint for everyone; answers the checkpoint that undoes it. */
  revert: (boardId: string, checkpointId: number, token: string) =>
    request<RevertResult>('POST', `/api/boards/${boardId}/checkpoints/${checkpointId}/restore`, undefined, token),
};
