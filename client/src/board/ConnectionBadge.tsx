import { useTranslation } from 'react-i18next';
import type { BoardSession } from './store/board-session';
import { useSlice } from './store/use-store';

/** Always visible and honest: where the connection is, and whether every edit is stored. */
export function ConnectionBadge({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const connection = useSlice(session.connection);
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  const { status, synced, saved } = connection;
  const state = offline ? 'offline' : status === 'connected' ? 'connected' : synced ? 'reconnecting' : status === 'connecting' ? 'connecting' : 'reconnecting';
  const label = t(`status.${state}`);
  const saving = state === 'connected' ? t(saved ? 'status.saved' : 'status.saving') : null;
  return (
    <p className={`connection connection--${state}`} role="status" aria-live="polite">
      <span className="connection-dot" aria-hidden="true" />
      <span>{label}</span>
      {saving && <span className="connection-saved">· {saving}</span>}
    </p>
  );
}
