/**
 * A WAI-ARIA menu button: Enter, Space or ↓ open the menu on its first item, ↑ on its last;
 * arrows move (and wrap), Home and End jump, Enter or Space choose, Escape closes and gives
 * the focus back to the button, Tab closes and moves on. The menu is drawn over the page
 * (a portal into `main`), so that a scrolling column never cuts it; it exists only while open.
 */
import { Fragment, useId, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { createPortal } from 'react-dom';

export interface MenuItem {
  id: string;
  label: string;
  /** Shown beside the label, and given to assistive technologies (`aria-keyshortcuts`). */
  shortcut?: { label: string; aria: string };
  /** A check box (reactions) or a radio (colour, group): its state is said. */
  checked?: boolean;
  role?: 'menuitem' | 'menuitemcheckbox' | 'menuitemradio';
  danger?: boolean;
  /** Shown and said, but refused (a vote the rules forbid): its reason stays visible. */
  disabled?: boolean;
  /** The label's language when it is written content (a column's, a group's title). */
  lang?: string;
  run: () => void;
}

export interface MenuSection {
  /** Named sections are groups (a colour, a group…); the first may be unnamed. */
  label?: string;
  items: MenuItem[];
}

interface Props {
  label: string;
  content: ReactNode;
  className?: string;
  tabIndex: number;
  /** Read when the menu opens: the items reflect the card at that moment. */
  sections: () => MenuSection[];
  /** Said under the menu (how to move a card, for instance). */
  hint?: string;
  /** Lets the owner open the menu from a shortcut. */
  ref?: Ref<MenuHandle>;
}

export interface MenuHandle {
  open(): void;
}

/** Where the menu goes: under the button, or above it when the page ends first; never off screen. */
function place(button: DOMRect, menu: { width: number; height: number }): { top: number; left: number; maxHeight: number } {
  const margin = 8;
  const below = window.innerHeight - button.bottom - margin;
  const above = button.top - margin;
  const up = menu.height > below && above > below;
  const maxHeight = Math.max(120, up ? above : below);
  const top = up ? Math.max(margin, button.top - Math.min(menu.height, maxHeight)) : button.bottom + 2;
  const left = Math.min(Math.max(margin, button.right - menu.width), window.innerWidth - menu.width - margin);
  return { top, left, maxHeight };
}

export function MenuButton({ label, content, className, tabIndex, sections, hint, ref }: Props) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<{ sections: MenuSection[]; focus: 'first' | 'last' } | null>(null);
  const [position, setPosition] = useState<{ top: number; left: number; maxHeight: number } | null>(null);
  // The focused item is the menu's one tab stop (roving), so that a long, scrolling menu stays reachable.
  const [current, setCurrent] = useState<string | null>(null);

  const show = (focus: 'first' | 'last') => {
    setPosition(null);
    setOpen({ sections: sections(), focus });
  };
  useImperativeHandle(ref, () => ({ open: () => show('first') }));
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };

  // Placed once measured, then focused: a hidden element takes no focus.
  useLayoutEffect(() => {
    if (!open || !menu.current || !button.current) return;
    const box = menu.current.getBoundingClientRect();
    setPosition(place(button.current.getBoundingClientRect(), { width: box.width, height: menu.current.scrollHeight }));
  }, [open]);
  useLayoutEffect(() => {
    if (!open || !position) return;
    const all = items();
    (open.focus === 'first' ? all[0] : all.at(-1))?.focus();
    // Once per opening: later renders (a live change of the card) leave the focus where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, position !== null]);

  useLayoutEffect(() => {
    if (!open) return;
    // A press outside closes it, as does the page scrolling away under it.
    const outside = (event: Event) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('resize', outside);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('resize', outside);
    };
  }, [open]);

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    close(true);
    item.run();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    // Nothing typed here reaches the card (its shortcuts) or the board.
    event.stopPropagation();
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => all[(index + all.length) % all.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        go(at + 1);
        break;
      case 'ArrowUp':
        go(at - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(all.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        button.current?.focus();
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        id={`${id}-button`}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? `${id}-menu` : undefined}
        tabIndex={tabIndex}
        onClick={() => (open ? close(true) : show('first'))}
        onKeyDown={onButtonKey}
      >
        {content}
      </button>
      {open &&
        createPortal(
          <div
            ref={menu}
            className="menu-popup"
            style={position ? { top: position.top, left: position.left, maxHeight: position.maxHeight } : { visibility: 'hidden' }}
            onKeyDown={onMenuKey}
          >
            <div role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} aria-describedby={hint ? `${id}-hint` : undefined}>
              {open.sections.map((section, s) => (
                <Fragment key={section.label ?? s}>
                  {s > 0 && <div role="separator" className="menu-separator" />}
                <div role={section.label ? 'group' : 'none'} aria-label={section.label} className="menu-section">
                  {section.label && (
                    <div className="menu-section-title" aria-hidden="true">
                      {section.label}
                    </div>
                  )}
                  {section.items.map((item) => (
                    <div
                      key={item.id}
                      role={item.role ?? 'menuitem'}
                      tabIndex={item.id === current ? 0 : -1}
                      onFocus={() => setCurrent(item.id)}
                      className={item.danger ? 'menu-item menu-item--danger' : 'menu-item'}
                      aria-checked={item.role && item.role !== 'menuitem' ? item.checked === true : undefined}
                      aria-keyshortcuts={item.shortcut?.aria}
                      aria-disabled={item.disabled || undefined}
                      onClick={() => choose(item)}
                      onKeyDown={(event) => {
                        if (event.key !== 'Enter' && event.key !== ' ') return;
                        event.preventDefault();
                        event.stopPropagation();
                        choose(item);
                      }}
                    >
                      <span className="menu-check" aria-hidden="true">
                        {item.role === 'menuitemradio' ? (item.checked ? '●' : '○') : item.role === 'menuitemcheckbox' ? (item.checked ? '☑' : '☐') : ''}
                      </span>
                      <span className="menu-label" lang={item.lang}>
                        {item.label}
                      </span>
                      {item.shortcut && (
                        <kbd className="menu-shortcut" aria-hidden="true">
                          {item.shortcut.label}
                        </kbd>
                      )}
                    </div>
                  ))}
                </div>
                </Fragment>
              ))}
            </div>
            {hint && (
              <p id={`${id}-hint`} className="menu-hint">
                {hint}
              </p>
            )}
          </div>,
          // Inside the page's main landmark, as everything people read is (over it all the same: fixed).
          document.getElementById('main') ?? document.body,
        )}
    </>
  );
}
