/** A synthesis board's tools for its organiser or facilitator: bring the tables' new cards, merge similar ones. */
import type { BoardSession } from '../board/store/board-session';
import { RefreshSynthesis } from './RefreshSynthesis';
import { SimilarCards } from './SimilarCards';

export function SynthesisTools({ session, token }: { session: BoardSession; token: string }) {
  return (
    <>
      <RefreshSynthesis boardId={session.boardId} token={token} />
      <SimilarCards session={session} token={token} />
    </>
  );
}
