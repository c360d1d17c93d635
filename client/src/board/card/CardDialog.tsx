/**
 * A card's dialog, one at a time for the whole board: its discussion, an action's details,
 * or the cards to merge into it. A native modal <dialog> keeps the focus inside and closes on
 * Escape; the focus goes back to what opened it. The card's record is read live.
 */
import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useBoard, type CardDialogKind } from '../board-context';
import { useContentLang } from '../../i18n/content-lang';
import type { BoardSession } from '../store/board-session';
import { useCard } from '../store/use-store';
import { useModalDialog } from '../use-modal-dialog';
import { cardPermissions } from './card-permissions';
import { CardDiscussion } from './CardDiscussion';

const RoadmapEditor = lazy(() => import('../../roadmap/RoadmapEditor').then((m) => ({ default: m.RoadmapEditor })));
const MergeCards = lazy(() => import('../../synthesis/MergeCards').then((m) => ({ default: m.MergeCards })));

const SUBJECT_CHARS = 60;
const TITLES: Record<CardDialogKind, string> = { discussion: 'discussion.title', roadmap: 'roadmap.details', merge: 'synthesis.mergeWith' };

interface Props {
  kind: CardDialogKind;
  session: BoardSession;
  cardId: string;
  onClose: () => void;
}

export function CardDialog({ kind, session, cardId, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const board = useBoard();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const card = useCard(session.store, cardId);

  // Back to the card whose dialog it was (its menu button, or the card itself).
  useModalDialog(ref, () => document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"]`));

  // The card was deleted meanwhile: nothing left to show.
  useEffect(() => {
    if (!card) onClose();
  }, [card, onClose]);
  if (!card) return null;
  const perm = cardPermissions(board, card.author, false);
  const text = card.text.trim();
  const preview = text ? (text.length > SUBJECT_CHARS ? `${text.slice(0, SUBJECT_CHARS)}…` : text) : t('board.blank');

  return (
    // onClose also fires on Escape (the dialog's cancel), so the host unmounts it either way.
    <dialog ref={ref} className="card-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="card-dialog-head">
        <h2 id={`${id}-title`}>
          {t(TITLES[kind])} <span className="card-dialog-subject" lang={text ? lang : undefined}>« {preview} »</span>
        </h2>
        <button type="button" className="icon-button" aria-label={t('discussion.close')} onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <Suspense fallback={<p className="hint">{t('status.connecting')}</p>}>
        {kind === 'discussion' && <CardDiscussion card={card} session={session} canDiscuss={perm.discuss} />}
        {kind === 'roadmap' && <RoadmapEditor id={`${id}-details`} cardId={card.id} fields={card.roadmap} log={card.roadmapLog} session={session} canEdit={perm.edit} />}
        {kind === 'merge' && board.staffToken && <MergeCards card={card} session={session} token={board.staffToken} onMerged={onClose} />}
      </Suspense>
    </dialog>
  );
}
