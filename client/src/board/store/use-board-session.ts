import { useEffect, useState } from 'react';
import { BoardSession } from './board-session';
import type { Identity } from './session-views';
import { Slice } from './listeners';
import { useSlice } from './use-store';

const NO_GENERATION = new Slice(0);

/**
 * Opens the board (or a drafts document) while mounted; null until open, or when `docId` is
 * null. Re-renders when a rollback replaces the session's document.
 */
export function useBoardSession(docId: string | null, identity: Identity): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    // Nothing to open; a stale session is not returned (its id differs).
    if (docId === null) return;
    const opened = new BoardSession(docId, identity);
    // The session is an external system (socket, IndexedDB) whose lifetime is this effect's.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(opened);
    return () => opened.destroy();
    // One session per board; a change of name goes through session.rename().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [docId]);
  useSlice(session?.generation ?? NO_GENERATION);
  return session && session.boardId === docId ? session : null;
}
