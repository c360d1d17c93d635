/**
 * The workshop's current board (where participants land after joining), as a facilitator
 * reads and sets it: read with the workshop, again while the panel is open, and from each answer
 * of the server.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CurrentBoardBody } from '@shared/current-board';
import type { WorkshopInfo } from '@shared/protocol';
import { api, request } from '../api/api-client';
import { claimsOf } from '../identity/identity-store';

export const putCurrentBoard = (workshopId: string, boardId: string | null, token: string) =>
  request<WorkshopInfo>('PUT', `/api/workshops/${encodeURIComponent(workshopId)}/current-board`, { boardId } satisfies CurrentBoardBody, token);

/** How often an open panel reads the current board again: as often as the workshop page does. */
const REREAD_MS = 4_000;

/**
 * `current` is undefined until read; `point` sends participants to `boardId` (or to the list
 * with null). While `live`, the value is read again every few seconds: another facilitator
 * may send participants elsewhere. Only the latest read or answer counts, so that a read sent
 * before a press never undoes it.
 */
export function useCurrentBoard(token: string, live: boolean) {
  const workshopId = claimsOf(token).wid;
  const [current, setCurrent] = useState<string | null | undefined>(undefined);
  const latest = useRef(0);
  useEffect(() => {
    let cancelled = false;
    const read = () => {
      const asked = ++latest.current;
      api.workshop(workshopId, token).then(
        (w) => !cancelled && asked === latest.current && setCurrent(w.currentBoardId ?? null),
        () => undefined,
      );
    };
    read();
    const timer = live ? setInterval(read, REREAD_MS) : undefined;
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [workshopId, token, live]);
  const point = useCallback(
    async (boardId: string | null) => {
      const asked = ++latest.current;
      const answer = await putCurrentBoard(workshopId, boardId, token);
      if (asked === latest.current) setCurrent(answer.currentBoardId ?? null);
    },
    [workshopId, token],
  );
  return { current, point };
}
