import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import './tools-disclosure.css';

/**
 * On small screens, what is not the room's state (search, filters, undo, people, one's name)
 * behind one "Outils" button, so that the cards start near the top; on wide screens the
 * button is not shown and the tools always are (tools-disclosure.css). Escape closes the
 * tools and brings focus back to the button.
 */
export function ToolsDisclosure({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    // A field that uses Escape itself marks it handled, and a dialog or menu opened from the
    // tools closes first, giving focus back to its button: only a free Escape folds the tools.
    if (event.target instanceof Element && event.target.closest('dialog, [role="menu"]')) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="tools-disclosure" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="tools-toggle secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('phone.tools')}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={panelId} className={open ? 'tools-panel is-open' : 'tools-panel'}>
        {children}
      </div>
    </div>
  );
}
