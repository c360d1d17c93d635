/** Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo this person's own changes, anywhere on the board. */
import { useEffect } from 'react';
import type { BoardSession } from './store/board-session';

export function useUndoKeys(session: BoardSession): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      if (!(event.ctrlKey || event.metaKey) || (key !== 'z' && key !== 'y')) return;
      // Search, comment and name fields keep the browser's own undo of what is typed in them.
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) session.redoLast();
      else session.undoLast();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);
}
