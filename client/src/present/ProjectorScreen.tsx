/**
 * One board on the room's screen: the invitation when asked for, else the spotlighted card,
 * the vote's results, or the columns. Whoever stands at it switches with visible buttons or
 * one key (I: invitation, R: results or columns).
 */
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useDocumentTitle } from '../a11y/use-document-title';
import { countOf } from '../board/card/card-votes';
import type { BoardSession } from '../board/store/board-session';
import { useBoardSession } from '../board/store/use-board-session';
import { useAllCards, useCard, useSlice } from '../board/store/use-store';
import { PRESENCE_COLORS, claimsOf } from '../identity/identity-store';
import { InvitationScreen } from './InvitationScreen';
import { ProjectorBoard } from './ProjectorBoard';
import { ProjectorHeader } from './ProjectorHeader';
import { ProjectorResults } from './ProjectorResults';
import { SpotlightView } from './SpotlightView';
import { showsResults, stepLabel, totalsVisibleToRoom } from './step-label';
import { useJoinInfo, type JoinInfo } from './use-join-info';
import { useProjectorKeys } from './use-projector-keys';

export function ProjectorScreen({ boardId, token }: { boardId: string; token: string }) {
  const { t } = useTranslation();
  const [identity] = useState(() => ({ token, participantId: claimsOf(token).pid, name: t('present.screen'), color: PRESENCE_COLORS[3], silent: true }));
  const session = useBoardSession(boardId, identity);
  const join = useJoinInfo(token);
  const [inviting, setInviting] = useState(false);
  const [columnsOverResults, setColumnsOverResults] = useState(false);
  useProjectorKeys({ i: () => setInviting((v) => !v), escape: () => setInviting(false), r: () => setColumnsOverResults((v) => !v) });

  if (!session) return <main id="main" className="loading">{t('status.connecting')}</main>;
  return (
    <main id="main" className="present" key={session.generation.get()}>
      <ProjectorRoom
        session={session}
        join={join}
        inviting={inviting}
        onInvite={() => setInviting((v) => !v)}
        columnsOverResults={columnsOverResults}
        onColumns={() => setColumnsOverResults((v) => !v)}
      />
    </main>
  );
}

interface RoomProps {
  session: BoardSession;
  join: JoinInfo | null;
  inviting: boolean;
  onInvite: () => void;
  columnsOverResults: boolean;
  onColumns: () => void;
}

function ProjectorRoom({ session, join, inviting, onInvite, columnsOverResults, onColumns }: RoomProps) {
  const { t } = useTranslation();
  const { board, state: message } = useSlice(session.meta);
  const cards = useAllCards(session.store);
  const votes = useSlice(session.votes);
  const state = message?.state ?? null;
  const focus = state?.focus ?? null;
  const spotlit = useCard(session.store, focus?.kind === 'card' ? focus.id : '');
  useDocumentTitle([t('shell.titles.projector', { board: board?.title ?? '…' })]);

  // A staff token sees totals the room may not yet: the room's rule decides what is shown.
  const totals = state && votes?.totals && totalsVisibleToRoom(state.votes) ? votes.totals : null;
  const results = state !== null && totals !== null && showsResults(state, cards.some((c) => countOf(totals, c.id) > 0));
  const ranking = results && !columnsOverResults;
  const columns = board?.columns ?? [];
  const spotlitColumn = focus?.kind === 'column' ? focus.id : null;
  const colorShown = new Set(cards.map((c) => c.color)).size > 1;

  let view;
  if (inviting && join) view = <InvitationScreen join={join} />;
  else if (spotlit) {
    view = (
      <SpotlightView
        card={spotlit}
        column={columns.find((c) => c.id === spotlit.column)?.title}
        author={state?.anonymous ? undefined : spotlit.authorName || undefined}
        votes={totals ? countOf(totals, spotlit.id) : null}
      />
    );
  } else if (ranking && totals) view = <ProjectorResults columns={columns} cards={cards} totals={totals} colorShown={colorShown} />;
  else {
    const shown = spotlitColumn && columns.some((c) => c.id === spotlitColumn) ? columns.filter((c) => c.id === spotlitColumn) : columns;
    view = <ProjectorBoard columns={shown} cards={cards} totals={totals} colorShown={colorShown} spotlitColumn={spotlitColumn} />;
  }

  return (
    <>
      <ProjectorHeader session={session} step={state && stepLabel(state, ranking)} join={inviting ? null : join}>
        <div className="projector-controls" role="group" aria-label={t('present.controls')}>
          <button type="button" aria-keyshortcuts="I" onClick={onInvite} disabled={!join}>
            {t(inviting ? 'present.backToBoard' : 'present.invite')} <kbd aria-hidden="true">I</kbd>
          </button>
          {results && !inviting && !spotlit && (
            <button type="button" aria-keyshortcuts="R" onClick={onColumns}>
              {t(ranking ? 'present.showBoard' : 'present.showResults')} <kbd aria-hidden="true">R</kbd>
            </button>
          )}
        </div>
      </ProjectorHeader>
      {view}
    </>
  );
}
