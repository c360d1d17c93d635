/**
 * A synthesis board's tools for its organiser or facilitator: bring the tables' new cards,
 * merge similar ones, and read what each kind of structure said.
 */
import type { BoardSession } from '../board/store/board-session';
import { useSlice } from '../board/store/use-store';
import { RefreshSynthesis } from './RefreshSynthesis';
import { SimilarCards } from './SimilarCards';
import { SynthesisKinds } from './SynthesisKinds';

export function SynthesisTools({ session, token }: { session: BoardSession; token: string }) {
  // An archived workshop is read-only: the server would refuse both.
  const { archived } = useSlice(session.meta);
  return (
    <>
      <RefreshSynthesis boardId={session.boardId} token={token} disabled={archived} />
      <SimilarCards session={session} token={token} disabled={archived} />
      <SynthesisKinds session={session} />
    </>
  );
}
