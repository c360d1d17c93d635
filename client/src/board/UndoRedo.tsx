import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from './store/board-session';
import { useSlice } from './store/use-store';

/** Undo and redo of this person's own changes (Ctrl+Z, Ctrl+Shift+Z). */
export function UndoRedo({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const history = useSlice(session.history);
  return (
    <>
      <button type="button" onClick={() => session.undoLast()} disabled={!history.canUndo} aria-keyshortcuts="Control+Z">
        ↶ {t('board.undo')}
      </button>
      <button type="button" onClick={() => session.redoLast()} disabled={!history.canRedo} aria-keyshortcuts="Control+Shift+Z">
        ↷ {t('board.redo')}
      </button>
    </>
  );
}
