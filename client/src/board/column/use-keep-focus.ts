/**
 * Rows that React reorders (a group changed, the vote order, someone else's move) are moved
 * in the page, and Chromium drops the focus of a moved element to `<body>`: the element of the
 * list that held the focus before the change takes it back, where it now stands.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useKeepFocus(list: RefObject<HTMLElement | null>, rows: unknown): void {
  // Read while rendering: before React touches the page for these rows.
  const before = document.activeElement;
  useLayoutEffect(() => {
    if (!(before instanceof HTMLElement) || !before.isConnected || !list.current?.contains(before)) return;
    const now = document.activeElement;
    if (now === before || (now !== null && now !== document.body)) return;
    before.focus({ preventScroll: true });
  }, [list, rows, before]);
}
