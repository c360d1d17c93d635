import { request, type BoardActivity } from '../api/api-client';

/** What the workshop page reads at its pace: who is on each board, and the board being run. */
export interface WorkshopActivity {
  boards: BoardActivity[];
  currentBoardId: string | null;
}

export const workshopActivity = (workshopId: string, token: string) =>
  request<WorkshopActivity>('GET', `/api/workshops/${encodeURIComponent(workshopId)}/activity`, undefined, token);
