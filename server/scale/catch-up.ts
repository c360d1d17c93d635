/**
 * What an instance does when it may have missed other instances' events (Redis came back
 * here, or another instance lost what it published while cut): re-read from storage what it
 * keeps in memory and tell its own clients what changed, as the events would have. The other
 * instances do the same for theirs, so nothing here crosses the adapter.
 *
 * Deletions, revocations and archiving first: a client that sees a new state or new votes
 * already has its writes checked against the archive as stored.
 */
import type { FacilitationState } from '@shared/facilitation';
import type { FacilitationService } from '../domain/facilitation-service';

export interface CatchUpDeps {
  facilitation: Pick<FacilitationService, 'reread'>;
  /** Generations, archiving and deleted boards of the workshops this instance serves. */
  live: () => Promise<void>;
  /** To this instance's clients on the board. */
  pushState: (boardId: string, state: FacilitationState) => void;
  /** Each of this instance's clients on the board gets its own view of the votes. */
  pushVotes: (boardId: string) => Promise<void>;
}

export function catchUpEvents({ facilitation, live, pushState, pushVotes }: CatchUpDeps): () => Promise<void> {
  return async () => {
    await live();
    const boards = await facilitation.reread();
    for (const { boardId, state, changed } of boards) if (changed) pushState(boardId, state);
    // Votes cast or cleared elsewhere leave no trace in the state: every view is recomputed.
    await Promise.all(boards.map(({ boardId }) => pushVotes(boardId)));
  };
}
