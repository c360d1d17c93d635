import { useCallback, useState } from 'react';

/** "Suivre l'animateur", remembered per browser: one choice for every board and workshop. */
const FOLLOWING_KEY = 'coatelier.following';

/**
 * Whether the projected card comes on screen by itself. On by default for participants, who
 * otherwise miss what the room is looking at; off for those who run the session, who chose it.
 */
export function useFollowing(moderator: boolean): [boolean, (following: boolean) => void] {
  const [following, setFollowing] = useState(() => {
    const saved = localStorage.getItem(FOLLOWING_KEY);
    return saved === null ? !moderator : saved === 'true';
  });
  const choose = useCallback((next: boolean) => {
    setFollowing(next);
    localStorage.setItem(FOLLOWING_KEY, String(next));
  }, []);
  return [following, choose];
}
