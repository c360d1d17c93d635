/** Which cards of the board were carried into a roadmap, asked once when the board opens. */
import { useEffect } from 'react';
import type { BoardKind } from '@shared/protocol';
import type { CarriedCard } from '@shared/synthesis';
import { synthesisApi } from '../api/synthesis-api';
import type { Slice } from '../board/store/listeners';

export function useCarriedCards(boardId: string, kind: BoardKind | undefined, token: string, carried: Slice<ReadonlyMap<string, CarriedCard>>): void {
  useEffect(() => {
    // A roadmap's cards are the actions themselves.
    if (kind === undefined || kind === 'roadmap') return;
    let current = true;
    synthesisApi.carried(boardId, token).then(
      ({ cards }) => {
        // Carries of this visit, already marked, stay as they are.
        if (current) carried.set(new Map([...cards.map((c) => [c.cardId, c] as const), ...carried.get()]));
      },
      () => {
        // The badges point elsewhere; without them the board is whole: nothing to tell.
      },
    );
    return () => {
      current = false;
    };
  }, [boardId, kind, token, carried]);
}
