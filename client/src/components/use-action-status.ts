/**
 * Runs a server action and keeps what to announce about it: its success message, or the
 * failure, for a `role="status"` line; `busy` disables the buttons meanwhile.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/api-client';

export function useActionStatus() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  /** `action` resolves to the message to announce. */
  const run = useCallback(
    async (action: () => Promise<string>) => {
      setBusy(true);
      try {
        setStatus(await action());
        setFailed(false);
      } catch (err) {
        setFailed(true);
        setStatus(t('synthesis.failed', { message: err instanceof ApiRequestError ? err.message : String(err) }));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { status, failed, busy, run };
}
