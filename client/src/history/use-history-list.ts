/**
 * Loads a dialog's list when it opens and after each action, and keeps the line to announce:
 * what was done, or why it failed, always in the reader's language (never the server's English).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { TFunction } from '../i18n/translate';
import { ERROR_CODES, type ErrorCode } from '@shared/protocol-constants';
import { ApiRequestError } from '../api/api-client';
import { refusalText } from '../i18n/refusal-text';

export function failureText(t: TFunction, err: unknown, conflict?: string): string {
  if (!(err instanceof ApiRequestError)) return t('errors.generic');
  if (err.code === 'network') return t('errors.network');
  if (err.code === 'conflict' && conflict) return conflict;
  const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(err.code) ? (err.code as ErrorCode) : 'internal';
  return refusalText(t, { code, message: err.message });
}

export function useHistoryList<T>(load: () => Promise<T[]>) {
  const { t } = useTranslation();
  // `at`: when the list was read, the "now" its times are shown against.
  const [list, setList] = useState<{ items: T[] | null; at: number }>({ items: null, at: 0 });
  const [status, setStatus] = useState({ text: '', failed: false });
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (items) => !cancelled && setList({ items, at: Date.now() }),
      (err: unknown) => {
        if (cancelled) return;
        setList({ items: [], at: Date.now() });
        setStatus({ text: failureText(t, err), failed: true });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load, t, version]);

  /** Runs an action that resolves to the message to announce, then reads the list again. */
  const act = useCallback(
    async (action: () => Promise<string>, conflict?: string) => {
      setBusy(true);
      try {
        setStatus({ text: await action(), failed: false });
      } catch (err) {
        setStatus({ text: failureText(t, err, conflict), failed: true });
      } finally {
        setBusy(false);
        setVersion((v) => v + 1);
      }
    },
    [t],
  );
  return { items: list.items, loadedAt: list.at, status, busy, act };
}
