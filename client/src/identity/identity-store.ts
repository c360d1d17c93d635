/**
 * Who this browser is, kept in localStorage so that a reload or a reopened tab comes back
 * as the same person: a profile (name, colour) and one session (token, role) per workshop.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { CreatedWorkshop } from '@shared/protocol';
import { PRESENCE_COLORS } from '@shared/presence-palette';
import type { Role } from '@shared/roles';
import type { StructureKind } from '@shared/structure-kinds';

export { PRESENCE_COLORS };

export interface Profile {
  name: string;
  color: string;
  /** Who this person speaks for, offered again at the next workshop they join. */
  kind?: StructureKind;
  organisation?: string;
}

export interface Session {
  workshopId: string;
  title: string;
  token: string;
  role: Role;
  participantId: string;
  name: string;
  joinCode?: string;
  /** An organiser's private link (path), to get back in from another browser. */
  organiserLink?: string;
}

const PROFILE_KEY = 'coatelier.profile';
const SESSIONS_KEY = 'coatelier.sessions';

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

export function loadProfile(): Profile {
  const profile = read<Partial<Profile>>(PROFILE_KEY, {});
  const color = profile.color ?? PRESENCE_COLORS[Math.floor(Math.random() * PRESENCE_COLORS.length)]!;
  const complete: Profile = { ...profile, name: profile.name ?? '', color };
  if (!profile.color) saveProfile(complete);
  return complete;
}

export function saveProfile(profile: Profile): void {
  localStorage.setItem(PROFILE_KEY, JSON.stringify(profile));
}

export function loadSessions(): Record<string, Session> {
  return read<Record<string, Session>>(SESSIONS_KEY, {});
}

export function loadSession(workshopId: string): Session | null {
  return loadSessions()[workshopId] ?? null;
}

export function saveSession(session: Session): void {
  localStorage.setItem(SESSIONS_KEY, JSON.stringify({ ...loadSessions(), [session.workshopId]: session }));
}

/**
 * Pages read their session once; a session that changes rights or token under an open page
 * (regenerated organiser links) is switched with this, which the app shell follows. Token
 * renewals do not go through here: the same person with the same rights needs no new page.
 */
const switched = new Set<() => void>();
export function switchSession(session: Session): void {
  saveSession(session);
  switched.forEach((listener) => listener());
}

/** The session of `workshopId`, kept until it is switched. */
export function useSession(workshopId: string | null): Session | null {
  const subscribe = useCallback((listener: () => void) => (switched.add(listener), () => void switched.delete(listener)), []);
  const raw = useSyncExternalStore(subscribe, () => (workshopId ? localStorage.getItem(SESSIONS_KEY) : null));
  // Parsed when the stored text changes, so that the page keeps the same object otherwise.
  return useMemo(() => (workshopId && raw !== null ? loadSession(workshopId) : null), [workshopId, raw]);
}

/**
 * The server renews a token that is still in use (same rights, fresh expiry): keep the new one
 * in place of the old, so that a participant who comes back after weeks is still in.
 */
export function renewSessionToken(oldToken: string, renewed: string): void {
  const session = Object.values(loadSessions()).find((s) => s.token === oldToken);
  if (session && renewed !== oldToken) saveSession({ ...session, token: renewed });
}

/** What a token says (read, not verified: the server verifies), e.g. our participant id. */
export function claimsOf(token: string): { pid: string; wid: string; role: string } {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
      pid?: string;
      wid?: string;
      role?: string;
    };
    return { pid: payload.pid ?? '', wid: payload.wid ?? '', role: payload.role ?? '' };
  } catch {
    return { pid: '', wid: '', role: '' };
  }
}

export const participantIdOf = (token: string): string => claimsOf(token).pid;

/** The creator of a workshop is its organiser, under their profile name (or `fallbackName`). */
export function saveOrganiserSession(created: CreatedWorkshop, fallbackName: string): void {
  saveSession({
    workshopId: created.id,
    title: created.title,
    token: created.organiserToken,
    role: 'organiser',
    participantId: participantIdOf(created.organiserToken),
    name: loadProfile().name || fallbackName,
    joinCode: created.joinCode,
    organiserLink: created.organiserLink.path,
  });
}
