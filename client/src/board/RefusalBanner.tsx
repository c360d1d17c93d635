import { useTranslation } from '../i18n/use-translation';
import { refusalText } from '../i18n/refusal-text';
import type { BoardSession } from './store/board-session';
import { useSlice } from './store/use-store';

/** The server's last refusal on this document, in the reader's language. */
export function RefusalBanner({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const refusal = useSlice(session.refusal);
  if (!refusal) return null;
  return (
    <p className="refusal" role="alert">
      {t('status.refused', { reason: refusalText(t, refusal.error) })}
    </p>
  );
}
