/**
 * After an in-app navigation the link that was followed is gone, and focus would fall to
 * <body>: a keyboard or screen reader user would start again from the top, unaware that the
 * page changed. Focus moves to the new page's heading instead, once it is there: the page's
 * code and data arrive after the click, hence the watch. The watch ends as soon as the person
 * acts or the page puts focus somewhere itself.
 */
import { useEffect, useRef } from 'react';

/** Where focus may rest across pages: it still moves to the new page from there. */
const SHELL = '.app-header, .app-footer, .skip-link';

function focusable(target: HTMLElement): HTMLElement {
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  return target;
}

/** Watches `root` until the page's heading (or, on a page without one, its ready `main`) has focus. */
export function focusPageWhenShown(root: HTMLElement): () => void {
  const observer = new MutationObserver(() => settle());
  const stop = () => {
    observer.disconnect();
    window.removeEventListener('pointerdown', stop, true);
    window.removeEventListener('keydown', stop, true);
  };
  const settle = () => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && active.isConnected && !active.closest(SHELL)) return stop();
    const target = root.querySelector<HTMLElement>('h1') ?? root.querySelector<HTMLElement>('main:not(.loading)');
    if (!target) return;
    focusable(target).focus();
    stop();
  };
  observer.observe(root, { childList: true, subtree: true });
  window.addEventListener('pointerdown', stop, true);
  window.addEventListener('keydown', stop, true);
  settle();
  return stop;
}

/** Moves focus to each new page; not on the first one, where the browser starts at the top. */
export function useRouteFocus(pathname: string): void {
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const root = document.getElementById('root');
    return root ? focusPageWhenShown(root) : undefined;
  }, [pathname]);
}
