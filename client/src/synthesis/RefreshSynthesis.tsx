/** "Mettre à jour depuis les tables": the cards the tables wrote since come into the synthesis, each once. */
import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { synthesisApi } from '../api/synthesis-api';
import { useActionStatus } from '../components/use-action-status';

export function RefreshSynthesis({ boardId, token, disabled }: { boardId: string; token: string; disabled: boolean }) {
  const { t } = useTranslation();
  const { status, failed, busy, run } = useActionStatus();
  const hintId = useId();
  const refresh = () =>
    run(async () => {
      const { added } = await synthesisApi.refresh(boardId, token);
      return added > 0 ? t('synthesis.refreshed', { count: added }) : t('synthesis.refreshedNone');
    });
  return (
    <div className="synthesis-refresh">
      <button type="button" className="primary" disabled={busy || disabled} aria-describedby={hintId} onClick={() => void refresh()}>
        {t('synthesis.refresh')}
      </button>
      <p id={hintId} className="hint">
        {t('synthesis.refreshHint')}
      </p>
      <p role="status" className={failed ? 'is-error' : undefined}>
        {status}
      </p>
    </div>
  );
}
