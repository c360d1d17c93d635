import { useEffect, useState, useSyncExternalStore } from 'react';
import { BoardSession, type BoardSnapshot, type Identity } from './board-session';

const noSubscription = () => () => undefined;
const nothing = () => null;

/** Opens the board (or a drafts document) while mounted; null until open, or when `docId` is null. */
export function useBoardSession(docId: string | null, identity: Identity): { session: BoardSession; snapshot: BoardSnapshot } | null {
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
  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? nothing);
  return session && snapshot && session.boardId === docId ? { session, snapshot } : null;
}
