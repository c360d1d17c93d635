import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useAnnounce } from '../a11y/LiveRegion';
import type { BoardSession } from './store/board-session';
import { useSlice } from './store/use-store';

type Heard = 'connected' | 'reconnecting' | 'offline';

/**
 * Always visible and honest: where the connection is, and whether every edit is stored. Not a
 * live region: "Enregistrement… / Enregistré" flips at every keystroke. Only a change of
 * connection, once the board was first reached, is announced.
 */
export function ConnectionBadge({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const connection = useSlice(session.connection);
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  const { status, synced, saved } = connection;
  const state = offline ? 'offline' : status === 'connected' ? 'connected' : synced ? 'reconnecting' : status === 'connecting' ? 'connecting' : 'reconnecting';
  const heard: Heard = state === 'connecting' ? 'reconnecting' : state;
  const lastHeard = useRef<Heard | null>(null);
  useEffect(() => {
    if (lastHeard.current === null) {
      if (heard === 'connected') lastHeard.current = heard;
      return;
    }
    if (lastHeard.current === heard) return;
    lastHeard.current = heard;
    announce(t(`announce.${heard}`));
  }, [heard, announce, t]);
  const label = t(`status.${state}`);
  const saving = state === 'connected' ? t(saved ? 'status.saved' : 'status.saving') : null;
  return (
    <p className={`connection connection--${state}`}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{label}</span>
      {saving && (
        <span className="connection-saved">
          <span className="connection-separator">· </span>
          {saving}
        </span>
      )}
    </p>
  );
}
