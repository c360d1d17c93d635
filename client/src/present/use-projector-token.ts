/**
 * Which token the projector uses: the one after `#` in its address (a projector link; a new
 * one pasted over it is taken at once), else the session of an organiser or facilitator of the
 * board's workshop kept in this browser: staff open `/present/<board>` without any link.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/api-client';
import { claimsOf, loadSessions, type Session } from '../identity/identity-store';

export type ProjectorToken = { status: 'looking' } | { status: 'found'; token: string } | { status: 'none' };

/** A token, not some other fragment such as the skip link's `#main`. */
const tokenIn = (hash: string): string | null => {
  const value = hash.replace(/^#/, '');
  return claimsOf(value).wid ? value : null;
};

const STAFF: readonly Session['role'][] = ['organiser', 'facilitator'];

/** The first staff session whose workshop holds the board, organisers first. */
async function staffTokenFor(boardId: string): Promise<string | null> {
  const staff = Object.values(loadSessions())
    .filter((s) => STAFF.includes(s.role))
    .sort((a, b) => STAFF.indexOf(a.role) - STAFF.indexOf(b.role));
  const holds = await Promise.all(
    staff.map((s) =>
      api.workshop(s.workshopId, s.token).then(
        (w) => w.boards.some((b) => b.id === boardId),
        () => false,
      ),
    ),
  );
  return staff[holds.indexOf(true)]?.token ?? null;
}

export function useProjectorToken(boardId: string): ProjectorToken {
  const [fromHash, setFromHash] = useState(() => tokenIn(window.location.hash));
  const [fromSession, setFromSession] = useState<ProjectorToken>({ status: 'looking' });

  useEffect(() => {
    const follow = () => {
      const token = tokenIn(window.location.hash);
      if (token) setFromHash(token);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    if (fromHash) return;
    let live = true;
    void staffTokenFor(boardId).then((token) => {
      if (live) setFromSession(token ? { status: 'found', token } : { status: 'none' });
    });
    return () => {
      live = false;
    };
  }, [boardId, fromHash]);

  return fromHash ? { status: 'found', token: fromHash } : fromSession;
}
