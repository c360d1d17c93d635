import { useEffect, useState, useSyncExternalStore } from 'react';
import { BoardSession, type BoardSnapshot, type Identity } from './board-session';

const noSubscription = () => () => undefined;
const nothing = () => null;

/** Opens the board while the component is mounted; null until it is open. */
export function useBoardSession(boardId: string, identity: Identity): { session: BoardSession; snapshot: BoardSnapshot } | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    const opened = new BoardSession(boardId, identity);
    // The session is an external system (socket, IndexedDB) whose lifetime is this effect's.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(opened);
    return () => opened.destroy();
    // One session per board; a change of name goes through session.rename().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boardId]);
  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? nothing);
  return session && snapshot ? { session, snapshot } : null;
}
