/** The organiser's or facilitator's session for this workshop, or null for everyone else. */
import { useMemo } from 'react';
import { loadSession, type Session } from '../identity/identity-store';

export function useStaff(workshopId: string | undefined): Session | null {
  return useMemo(() => {
    const session = workshopId ? loadSession(workshopId) : null;
    return session && (session.role === 'organiser' || session.role === 'facilitator') ? session : null;
  }, [workshopId]);
}
