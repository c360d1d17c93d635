/**
 * How many private cards each person holds, read again every few seconds while private writing
 * is on and the panel is open, and not at all otherwise. The server counts; it never sends the
 * texts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftAuthor } from '@shared/protocol';
import { api } from '../api/api-client';

/** Often enough to watch a room write, rare enough to cost the server nothing (one small read per facilitator). */
const DRAFT_COUNTS_REFRESH_MS = 3_000;

export function useDraftCounts(boardId: string, token: string, active: boolean): { authors: DraftAuthor[] | null; refresh: () => void } {
  const [authors, setAuthors] = useState<DraftAuthor[] | null>(null);
  const refreshRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reading = false;
    let again = false;
    // One request at a time: the next is planned once the last one answered.
    const read = () => {
      if (reading) {
        again = true;
        return;
      }
      clearTimeout(timer);
      reading = true;
      api
        .draftAuthors(boardId, token)
        .then((answer) => !stopped && setAuthors(answer.authors))
        // A missed reading keeps the last counts; the next one tries again.
        .catch(() => undefined)
        .finally(() => {
          reading = false;
          if (stopped) return;
          if (again) {
            again = false;
            read();
          } else timer = setTimeout(read, DRAFT_COUNTS_REFRESH_MS);
        });
    };
    refreshRef.current = read;
    read();
    return () => {
      stopped = true;
      clearTimeout(timer);
      refreshRef.current = () => undefined;
      // The next private writing starts from fresh counts, not the last ones.
      setAuthors(null);
    };
  }, [boardId, token, active]);

  const refresh = useCallback(() => refreshRef.current(), []);
  return { authors: active ? authors : null, refresh };
}
