/**
 * A modal dialog of the history tools: a native <dialog> opened with showModal(), so focus
 * stays inside and Escape closes it; the focus goes back to the button that opened it.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

interface Props {
  title: string;
  hint: string;
  /** Null while loading. */
  items: readonly unknown[] | null;
  empty: string;
  /** What was just done or why it failed; focused when it changes, since its item may be gone. */
  status: { text: string; failed: boolean };
  onClose: () => void;
  children: ReactNode;
}

export function HistoryDialog({ title, hint, items, empty, status, onClose, children }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, []);

  // After the line is rendered (hidden while empty): the button that was pressed may be gone.
  useEffect(() => {
    if (status.text) statusRef.current?.focus();
  }, [status]);

  return (
    // onClose also fires on Escape (the dialog's cancel), so the parent unmounts it either way.
    <dialog ref={ref} className="history-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`} onClose={onClose}>
      <div className="history-dialog-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('history.close')}
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {items === null ? <p role="status">{t('history.loading')}</p> : items.length === 0 ? <p>{empty}</p> : children}
      <p ref={statusRef} tabIndex={-1} role="status" className={`history-status${status.failed ? ' failed' : ''}`}>
        {status.text}
      </p>
    </dialog>
  );
}
