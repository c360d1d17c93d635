/**
 * A board: its header, tools and facilitation, and the columns. The page holds what the
 * person chose (filters, the vote order, "suivre l'animateur") and hands the sessions and
 * the facilitation's rules to everything below through one context; cards and columns read
 * the store themselves.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { participantsCanWrite } from '@shared/facilitation-state';
import { DRAFTS_SUFFIX } from '@shared/protocol-constants';
import { useBoardNews } from '../a11y/use-board-news';
import { useDocumentTitle } from '../a11y/use-document-title';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { loadProfile, participantIdOf, saveProfile, saveSession, type Session } from '../identity/identity-store';
import { PhaseBar } from '../facilitation/PhaseBar';
import { RoadmapProvider } from '../roadmap/roadmap-context';
import { RoadmapViewSwitch } from '../roadmap/RoadmapViewSwitch';
import { RoadmapTakeUp } from '../roadmap/RoadmapTakeUp';
import { useRoadmapView } from '../roadmap/use-roadmap-view';
import { BoardProvider, type BoardContextValue } from './board-context';
import { BoardView } from './BoardView';
import { useContentLang } from '../i18n/content-lang';
import { CardDialog } from './card/CardDialog';
import { useCardFromAddress } from './card/use-card-from-address';
import { isFiltering, matchesFilter, NO_FILTER } from './card-filter';
import { ConnectionBadge } from './ConnectionBadge';
import { DeletedToast } from './DeletedToast';
import { FilterBar } from './FilterBar';
import { NameEditor } from './NameEditor';
import { PresenceBar } from './PresenceBar';
import { RefusalBanner } from './RefusalBanner';
import type { BoardSession } from './store/board-session';
import type { Identity } from './store/session-views';
import type { CardRecord } from './store/card-record';
import { useBoardSession } from './store/use-board-session';
import { useSlice } from './store/use-store';
import { UndoRedo } from './UndoRedo';
import { useBoardActions } from './use-board-actions';
import { useFacilitatorNames } from './use-facilitator-names';
import { useUndoKeys } from './use-undo-keys';
import { ProjectLink } from '../present/ProjectLink';
import { useCarriedCards } from '../synthesis/use-carried-cards';
import { DemoBanner } from '../demo/DemoBanner';
import { useDemoFlag } from '../demo/demo-flag';
import { FollowToggle } from '../phone/FollowToggle';
import { SpotlightBanner } from '../phone/SpotlightBanner';
import { ToolsDisclosure } from '../phone/ToolsDisclosure';
import { useFollowing } from '../phone/use-following';

// Facilitation, the roadmap table and the synthesis tools load when first shown.
const FacilitatorPanel = lazy(() => import('../facilitation/FacilitatorPanel').then((m) => ({ default: m.FacilitatorPanel })));
const RoadmapTable = lazy(() => import('../roadmap/RoadmapTable').then((m) => ({ default: m.RoadmapTable })));
const SynthesisTools = lazy(() => import('../synthesis/SynthesisTools').then((m) => ({ default: m.SynthesisTools })));
const BoardHistoryTools = lazy(() => import('../history/BoardHistoryTools').then((m) => ({ default: m.BoardHistoryTools })));

export function BoardPage({ session: access, boardId }: { session: Session; boardId: string }) {
  const { t } = useTranslation();
  const [identity] = useState<Identity>(() => {
    const profile = loadProfile();
    return { token: access.token, participantId: participantIdOf(access.token), name: access.name, color: profile.color };
  });
  const board = useBoardSession(boardId, identity);
  if (!board) return <p className="loading">{t('status.connecting')}</p>;
  return <OpenBoard access={access} board={board} identity={identity} />;
}

function OpenBoard({ access, board, identity }: { access: Session; board: BoardSession; identity: Identity }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const meta = useSlice(board.meta);
  const votes = useSlice(board.votes);
  const state = meta.state?.state;
  const moderator = access.role === 'organiser' || access.role === 'facilitator';
  // During private writing a participant writes into drafts only they can open.
  const privateMode = !moderator && state?.privateWriting === true;
  const drafts = useBoardSession(privateMode ? `${board.boardId}${DRAFTS_SUFFIX}` : null, identity);
  const [filter, setFilter] = useState(NO_FILTER);
  const [following, setFollowing] = useFollowing(moderator);
  const [byVotes, setByVotes] = useState(false);
  const [roadmapView, setRoadmapView] = useRoadmapView(board.boardId);
  const names = useFacilitatorNames(moderator && state?.anonymous === true, access);
  const { actions, dialog, closeDialog, deleted, closeToast, announcement } = useBoardActions(board, state?.focus ?? null);
  useUndoKeys(drafts ?? board);
  useCarriedCards(board.boardId, meta.board?.kind, access.token, actions.carried);
  useCardFromAddress(actions);
  const generation = `${board.generation.get()}-${drafts?.generation.get() ?? ''}`;
  useBoardNews(board, generation);
  useDocumentTitle([meta.board?.title, access.title]);
  const demo = useDemoFlag(access.workshopId, access.token);

  const spotlight = state?.focus?.kind === 'card' ? state.focus.id : null;
  const spotlitColumn = state?.focus?.kind === 'column' ? state.focus.id : null;
  const canWrite = !meta.readOnly && !meta.archived && (!state || (moderator ? state.phase !== 'closed' : participantsCanWrite(state)));
  const kind = meta.board?.kind;
  const columns = meta.board?.columns;
  const freeEditing = state?.freeEditing ?? false;
  const movesRestricted = state?.movesRestricted ?? false;
  const voting = state?.phase === 'voting';
  const context = useMemo<BoardContextValue>(
    () => ({
      board,
      drafts,
      canWrite,
      actor: { role: access.role, participantId: identity.participantId },
      settings: { freeEditing, movesRestricted },
      kind,
      columns: columns ?? NO_COLUMNS,
      moderator,
      staffToken: moderator ? access.token : null,
      voting,
      following,
      names,
      spotlight,
      actions,
    }),
    // A rollback replaces a session's document: everything below reads it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [board, drafts, canWrite, access, identity, freeEditing, movesRestricted, kind, columns, moderator, voting, following, names, spotlight, actions, generation],
  );
  const totalsShown = votes?.totals != null && Object.values(votes.totals).some((n) => n > 0);
  const visible = useMemo(
    () => (card: CardRecord) => matchesFilter({ ...card, authorName: card.authorName || names.get(card.author) || '' }, filter),
    [filter, names],
  );

  return (
    <div className="board-page">
      {/* Not a <header>: the app's header is the page's one banner. On a phone it stays at the top, compact (phone.css). */}
      <section className="board-header" aria-label={t('a11y.boardHeader')}>
        <div className="board-title">
          <Link href={paths.workshop(access.workshopId)} className="back-link">
            ← {t('workshop.back')}
          </Link>
          <h1 lang={meta.board ? lang : undefined}>{meta.board?.title ?? '…'}</h1>
          {moderator && <ProjectLink boardId={board.boardId} />}
        </div>
        <PhaseBar session={board} />
        <ConnectionBadge session={board} />
        <ToolsDisclosure>
          <div className="board-meta">
            <PresenceBar presence={board.presence} key={`presence-${generation}`} />
            <NameEditor
              token={access.token}
              name={identity.name}
              onRename={(name) => {
                board.rename(name);
                drafts?.rename(name);
                saveProfile({ ...loadProfile(), name });
                saveSession({ ...access, name });
              }}
            />
            <FollowToggle following={following} onFollow={setFollowing} />
          </div>
          <section className="board-tools" aria-label={t('a11y.boardTools')}>
            <FilterBar filter={filter} onChange={setFilter} board={board.store} drafts={drafts?.store ?? null} names={names} key={`filter-${generation}`} />
            {kind === 'roadmap' && <RoadmapViewSwitch view={roadmapView} onChange={setRoadmapView} />}
            {kind === 'roadmap' && access.role === 'organiser' && <RoadmapTakeUp workshopId={access.workshopId} token={access.token} />}
            <div className="undo-redo">
              {totalsShown && (
                <label className="check">
                  <input type="checkbox" checked={byVotes} onChange={(e) => setByVotes(e.target.checked)} />
                  <span>{t('facilitation.sortByVotes')}</span>
                </label>
              )}
              <UndoRedo session={drafts ?? board} />
              {moderator && (
                <Suspense fallback={null}>
                  <BoardHistoryTools boardId={board.boardId} token={access.token} columns={columns ?? NO_COLUMNS} canRestoreTrash canRevert={access.role === 'organiser'} />
                </Suspense>
              )}
            </div>
          </section>
        </ToolsDisclosure>
        {spotlight && <SpotlightBanner board={board} cardId={spotlight} following={following} onFollow={setFollowing} actions={actions} />}
      </section>
      {/* In a landmark of its own, outside the tools: a demo's notice is read on any screen, and scrolls away. */}
      {demo && (
        <section className="board-notices" aria-label={t('demo.banner')}>
          <DemoBanner workshopId={access.workshopId} token={access.token} demo />
        </section>
      )}
      {/* A landmark of its own, so that the panel's steps and settings are in one (RGAA 12.6). */}
      {moderator && (
        <section className="facilitator-region" aria-label={t('facilitation.panel')}>
          <Suspense fallback={null}>
            <FacilitatorPanel session={board} token={access.token} />
          </Suspense>
        </section>
      )}
      <RefusalBanner session={board} />
      {drafts && <RefusalBanner session={drafts} />}
      <main id="main" className={isFiltering(filter) ? 'board board--filtered' : 'board'}>
        {privateMode && <p className="private-notice">{t('facilitation.privateNotice')}</p>}
        <BoardProvider value={context}>
          <RoadmapProvider workshopId={access.workshopId} token={access.token} enabled={kind === 'roadmap'}>
            <Suspense fallback={<p className="loading">{t('status.connecting')}</p>}>
              {kind === 'synthesis' && moderator && <SynthesisTools session={board} token={access.token} key={`similar-${generation}`} />}
              {kind === 'roadmap' && roadmapView === 'table' ? (
                <RoadmapTable session={board} columns={columns ?? []} visible={visible} key={`table-${generation}`} />
              ) : (
                <BoardView columns={columns ?? NO_COLUMNS} filter={filter} byVotes={byVotes && totalsShown} spotlitColumn={spotlitColumn} key={`board-${generation}`} />
              )}
            </Suspense>
            {dialog && <CardDialog key={`${dialog.kind}-${dialog.cardId}`} {...dialog} onClose={closeDialog} />}
          </RoadmapProvider>
        </BoardProvider>
      </main>
      <p className={announcement?.failed ? 'announcement is-error' : 'announcement'} role="status">
        {announcement?.message}
      </p>
      {deleted && <DeletedToast {...deleted} onClose={closeToast} />}
    </div>
  );
}

const NO_COLUMNS: never[] = [];
