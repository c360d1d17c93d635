/**
 * "Coller une liste": a modal dialog to add many cards to a column at once. A native
 * <dialog> opened with showModal() keeps the focus inside and closes on Escape; the focus
 * goes back to the button that opened it.
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { BULK_MAX_CARDS, parseBulkCards } from '@shared/bulk-cards';
import { LIMITS } from '@shared/limits';
import '../../styles/importing.css';
import { useModalDialog } from '../use-modal-dialog';

interface Props {
  columnTitle: string;
  onAdd: (texts: string[]) => void;
  onClose: () => void;
}

export function BulkPasteDialog({ columnTitle, onAdd, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseBulkCards(text), [text]);
  const id = useId();

  useModalDialog(ref);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (parsed.texts.length === 0) return;
    onAdd(parsed.texts);
    onClose();
  };

  const count = parsed.texts.length;
  return (
    // onClose also fires on Escape (the dialog's cancel), so the parent unmounts it either way.
    <dialog ref={ref} className="bulk-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('importing.pasteTitle', { column: columnTitle })}</h2>
        <p id={`${id}-hint`} className="hint">
          {t('importing.pasteHint')}
        </p>
        <label className="field">
          <span>{t('importing.pasteLabel')}</span>
          <textarea
            className="bulk-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={10}
            autoFocus
            aria-describedby={`${id}-preview`}
            // Ctrl+Z here undoes typing in the box, not the board's last change (BoardPage's shortcut).
            onKeyDown={(e) => {
              if ((e.ctrlKey || e.metaKey) && ['z', 'y'].includes(e.key.toLowerCase())) e.stopPropagation();
            }}
          />
        </label>
        <div id={`${id}-preview`} className="bulk-preview" role="status" aria-live="polite">
          <strong>{t('importing.preview', { count })}</strong>
          {count > 0 && <span className="hint"> ({t(parsed.format === 'csv' ? 'importing.formatCsv' : 'importing.formatLines')})</span>}
          {parsed.cut > 0 && <p className="hint">{t('importing.cut', { count: parsed.cut, max: LIMITS.cardTextMaxChars })}</p>}
          {parsed.dropped > 0 && <p className="hint">{t('importing.dropped', { count: parsed.dropped, max: BULK_MAX_CARDS })}</p>}
        </div>
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('importing.cancel')}
          </button>
          <button type="submit" className="primary" disabled={count === 0}>
            {t('importing.add')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
