/**
 * The workshop's current board (where participants land after joining), as a facilitator
 * reads and sets it: read once with the workshop, then from each answer of the server.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CurrentBoardBody } from '@shared/current-board';
import type { WorkshopInfo } from '@shared/protocol';
import { api, request } from '../api/api-client';
import { claimsOf } from '../identity/identity-store';

export const putCurrentBoard = (workshopId: string, boardId: string | null, token: string) =>
  request<WorkshopInfo>('PUT', `/api/workshops/${encodeURIComponent(workshopId)}/current-board`, { boardId } satisfies CurrentBoardBody, token);

/** `current` is undefined until read; `point` sends participants to `boardId` (or to the list with null). */
export function useCurrentBoard(token: string) {
  const workshopId = claimsOf(token).wid;
  const [current, setCurrent] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    api.workshop(workshopId, token).then(
      (w) => !cancelled && setCurrent(w.currentBoardId ?? null),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId, token]);
  const point = useCallback(
    async (boardId: string | null) => setCurrent((await putCurrentBoard(workshopId, boardId, token)).currentBoardId ?? null),
    [workshopId, token],
  );
  return { current, point };
}
