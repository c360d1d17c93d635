/**
 * The board's shared actions, made once per page so that no card re-renders for them: they
 * read what changes (the spotlight) through a ref. Their outcomes (a dialog to show, a card
 * deleted, a message to announce) are the page's state.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Focus } from '@shared/facilitation';
import type { CarriedCard } from '@shared/synthesis';
import type { BoardActions, CardDialogKind } from './board-context';
import type { BoardSession } from './store/board-session';
import { Slice } from './store/listeners';

export interface DialogRequest {
  kind: CardDialogKind;
  session: BoardSession;
  cardId: string;
}

export interface Deletion {
  session: BoardSession;
  /** The undo depth at which "Annuler" still undoes exactly that deletion. */
  depth: number;
}

export function useBoardActions(board: BoardSession, focus: Focus) {
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  const [deleted, setDeleted] = useState<Deletion | null>(null);
  const [announcement, setAnnouncement] = useState<{ message: string; failed: boolean } | null>(null);
  const focusRef = useRef(focus);
  useLayoutEffect(() => {
    focusRef.current = focus;
  }, [focus]);
  const [actions] = useState<BoardActions>(() => {
    let pendingEdit: string | null = null;
    const carried = new Slice<ReadonlyMap<string, CarriedCard>>(new Map());
    const focusRequest = new Slice<string | null>(null);
    return {
      add(session, column, afterId) {
        const slots = session.store.slots(column);
        const index = afterId ? slots.findIndex((s) => s.id === afterId) + 1 : slots.length;
        pendingEdit = session.addCard(column, index);
      },
      remove(session, card) {
        setDeleted({ session, depth: session.deleteCard(card.id) });
      },
      openDialog: (kind, session, cardId) => setDialog({ kind, session, cardId }),
      spotlight(cardId) {
        const on = focusRef.current?.kind === 'card' && focusRef.current.id === cardId;
        void board.command({ type: 'focus.set', focus: on ? null : { kind: 'card', id: cardId } });
      },
      carried,
      markCarried: (card) => carried.set(new Map([...carried.get(), [card.cardId, card]])),
      focusRequest,
      focusCard: (cardId) => focusRequest.set(cardId),
      announce: (message, failed = false) => setAnnouncement({ message, failed }),
      takeEditRequest(cardId) {
        if (pendingEdit !== cardId) return false;
        pendingEdit = null;
        return true;
      },
      pendingEdit: () => pendingEdit,
    };
  });
  const closeDialog = useCallback(() => setDialog(null), []);
  const closeToast = useCallback(() => setDeleted(null), []);
  return { actions, dialog, closeDialog, deleted, closeToast, announcement };
}
