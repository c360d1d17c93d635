/**
 * Runs a server action and keeps what to announce about it: its success message, or the
 * failure, for a `role="status"` line; `busy` disables the buttons meanwhile.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { failureText } from '../api/failure-text';

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
        // The server's refusal in the reader's language, never its English message.
        setStatus(t('synthesis.failed', { message: failureText(t, err) }));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { status, failed, busy, run };
}
