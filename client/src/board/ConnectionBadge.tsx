import { useTranslation } from 'react-i18next';
import type { BoardSnapshot } from './store/board-session';

/** Always visible and honest: where the connection is, and whether every edit is stored. */
export function ConnectionBadge({ snapshot }: { snapshot: BoardSnapshot }) {
  const { t } = useTranslation();
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  const state = offline ? 'offline' : snapshot.status === 'connected' ? 'connected' : snapshot.synced ? 'reconnecting' : snapshot.status === 'connecting' ? 'connecting' : 'reconnecting';
  const label = t(`status.${state}`);
  const saving = state === 'connected' ? t(snapshot.saved ? 'status.saved' : 'status.saving') : null;
  return (
    <p className={`connection connection--${state}`} role="status" aria-live="polite">
      <span className="connection-dot" aria-hidden="true" />
      <span>{label}</span>
      {saving && <span className="connection-saved">· {saving}</span>}
    </p>
  );
}
