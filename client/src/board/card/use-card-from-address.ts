/**
 * `#card-<id>` in the address (the link of a "Dans la feuille de route" badge): that card is
 * brought into view and focused once its column holds it.
 */
import { useEffect } from 'react';
import type { BoardActions } from '../board-context';

const CARD_IN_HASH = /^#card-([A-Za-z0-9_-]{1,64})$/;

export function useCardFromAddress(actions: BoardActions): void {
  useEffect(() => {
    const follow = () => {
      const id = CARD_IN_HASH.exec(window.location.hash)?.[1];
      if (id) actions.focusCard(id);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [actions]);
}
