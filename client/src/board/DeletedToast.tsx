import { useTranslation } from '../i18n/use-translation';
import { Toast } from '../components/Toast';
import type { BoardSession } from './store/board-session';
import { useSlice } from './store/use-store';

/** "Carte supprimée — Annuler", while undoing would still undo exactly that deletion. */
export function DeletedToast({ session, depth, onClose }: { session: BoardSession; depth: number; onClose: () => void }) {
  const { t } = useTranslation();
  const history = useSlice(session.history);
  // Once another change of one's own comes after the deletion, "Annuler" would undo that one instead.
  if (history.depth !== depth) return null;
  return <Toast message={t('board.deleted')} action={{ label: t('board.undo'), run: () => session.undoLast() }} onClose={onClose} />;
}
