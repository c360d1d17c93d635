import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalText } from '../i18n/refusal-text';
import { compareCards, type Card } from '@shared/board-model';
import { DRAFTS_SUFFIX } from '@shared/protocol';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { participantsCanWrite } from '@shared/facilitation';
import { api } from '../api/api-client';
import { BoardView } from './BoardView';
import { FacilitatorPanel } from '../facilitation/FacilitatorPanel';
import { PhaseBar } from '../facilitation/PhaseBar';
import { ConnectionBadge } from './ConnectionBadge';
import { FilterBar } from './FilterBar';
import { NameEditor } from './NameEditor';
import { PresenceBar } from './PresenceBar';
import { RoadmapTable, RoadmapViewSwitch } from '../roadmap/RoadmapTable';
import { RoadmapProvider } from '../roadmap/roadmap-context';
import { useRoadmapView } from '../roadmap/use-roadmap-view';
import { NO_FILTER, isFiltering, matchesFilter } from './card-filter';
import { useBoardSession } from './store/use-board-session';
import { Toast } from '../components/Toast';
import { loadProfile, participantIdOf, saveProfile, saveSession, type Session } from '../identity/identity-store';

/** How often a facilitator's list of names is refreshed on an anonymous board. */
const NAMES_REFRESH_MS = 5_000;

export function BoardPage({ session: access, boardId }: { session: Session; boardId: string }) {
  const { t } = useTranslation();
  const [identity] = useState(() => {
    const profile = loadProfile();
    return { token: access.token, participantId: participantIdOf(access.token), name: access.name, color: profile.color };
  });
  const opened = useBoardSession(boardId, identity);
  const [filter, setFilter] = useState(NO_FILTER);
  const [focusCard, setFocusCard] = useState<string | null>(null);
  // The card just deleted, and the undo depth at which "Annuler" still undoes exactly that.
  const [deleted, setDeleted] = useState<{ card: Card; depth: number } | null>(null);
  const [following, setFollowing] = useState(false);
  const [byVotes, setByVotes] = useState(false);
  const [roadmapView, setRoadmapView] = useRoadmapView(boardId);
  const board = opened?.session;
  const snapshot = opened?.snapshot;
  const facilitating = access.role === 'organiser' || access.role === 'facilitator';
  // During private writing a participant writes into drafts only they can open.
  const privateMode = !facilitating && snapshot?.state?.state.privateWriting === true;
  const drafts = useBoardSession(privateMode ? `${boardId}${DRAFTS_SUFFIX}` : null, identity);

  useEffect(() => {
    if (!board) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' && event.key.toLowerCase() !== 'y') return;
      // Search, comment and name fields keep the browser's own undo of what is typed in them.
      if (event.target instanceof HTMLInputElement) return;
      event.preventDefault();
      if (event.key.toLowerCase() === 'y' || event.shiftKey) board.redoLast();
      else board.undoLast();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [board]);

  // On an anonymous board the document holds no names; facilitators get them from the server.
  const anonymous = snapshot?.state?.state.anonymous === true;
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!facilitating || !anonymous) return;
    let cancelled = false;
    const load = () =>
      api.participants(access.workshopId, access.token).then(
        ({ participants }) => !cancelled && setNames(new Map(participants.map((p) => [p.id, p.name]))),
        () => undefined,
      );
    void load();
    const timer = setInterval(load, NAMES_REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [facilitating, anonymous, access.workshopId, access.token]);
  const draftCards = useMemo(() => drafts?.snapshot.cards ?? [], [drafts]);
  const focus = snapshot?.state?.state.focus ?? null;
  const spotlight = focus?.kind === 'card' ? focus.id : null;
  const spotlitColumn = focus?.kind === 'column' ? focus.id : null;
  useEffect(() => {
    // "Suivre l'animateur": bring the spotlit card into view.
    if (!following || !spotlight) return;
    document.querySelector(`[data-card-id="${CSS.escape(spotlight)}"]`)?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [following, spotlight]);
  const cards = useMemo(
    () =>
      [...(snapshot?.cards ?? []), ...draftCards]
        .map((c) => (c.authorName || !names.has(c.author) ? c : { ...c, authorName: names.get(c.author)! }))
        .sort(compareCards),
    [snapshot, draftCards, names],
  );
  const totals = snapshot?.votes?.totals ?? null;
  // Once totals are visible, the room can read the cards most voted first.
  const shown = useMemo(
    () => (byVotes && totals ? [...cards].sort((a, b) => (totals[b.id] ?? 0) - (totals[a.id] ?? 0)) : cards),
    [byVotes, totals, cards],
  );
  const draftIds = useMemo(() => new Set(draftCards.map((c) => c.id)), [draftCards]);
  const authors = useMemo(() => [...new Set(cards.map((c) => c.authorName).filter(Boolean))].sort(), [cards]);
  const visible = useCallback((card: Card) => matchesFilter(card, filter), [filter]);
  const closeToast = useCallback(() => setDeleted(null), []);

  if (!board || !snapshot) return <p className="loading">{t('status.connecting')}</p>;
  const columns = snapshot.board?.columns ?? [];
  const state = snapshot.state?.state;
  const canEdit =
    !snapshot.readOnly && (!state || (facilitating ? state.phase !== 'closed' : participantsCanWrite(state)));

  const roadmap = snapshot.board?.kind === 'roadmap';
  const target = privateMode && drafts ? drafts.session : board;
  const sessionFor = (card: Card) => (draftIds.has(card.id) && drafts ? drafts.session : board);
  const onAdd = (column: string, afterId?: string) => {
    const inColumn = (privateMode ? draftCards : cards).filter((c) => c.column === column);
    const index = afterId ? inColumn.findIndex((c) => c.id === afterId) + 1 : inColumn.length;
    setFocusCard(target.addCard(column, index));
  };
  const onDelete = (card: Card) => setDeleted({ card, depth: sessionFor(card).deleteCard(card.id) });
  const snapshotFor = (card: Card) => (draftIds.has(card.id) && drafts ? drafts.snapshot : snapshot);
  // Once another change of one's own comes after the deletion, the toast would undo that one instead.
  const canRestore = deleted !== null && snapshotFor(deleted.card).undoDepth === deleted.depth;

  return (
    <div className="board-page">
      <header className="board-header">
        <div className="board-title">
          <Link href={paths.workshop(access.workshopId)} className="back-link">
            ← {t('workshop.back')}
          </Link>
          <h1>{snapshot.board?.title ?? '…'}</h1>
        </div>
        <div className="board-meta">
          <ConnectionBadge snapshot={snapshot} />
          <PresenceBar people={snapshot.people} />
          <NameEditor
            token={access.token}
            name={identity.name}
            onRename={(name) => {
              board.rename(name);
              saveProfile({ ...loadProfile(), name });
              saveSession({ ...access, name });
            }}
          />
        </div>
      </header>
      <div className="board-tools">
        <FilterBar
          filter={filter}
          authors={authors}
          shown={cards.filter(visible).length}
          total={cards.length}
          onChange={setFilter}
        />
        {roadmap && <RoadmapViewSwitch view={roadmapView} onChange={setRoadmapView} />}
        <div className="undo-redo">
          {totals && Object.values(totals).some((n) => n > 0) && (
            <label className="check">
              <input type="checkbox" checked={byVotes} onChange={(e) => setByVotes(e.target.checked)} />
              <span>{t('facilitation.sortByVotes')}</span>
            </label>
          )}
          <button type="button" onClick={() => board.undoLast()} disabled={!snapshot.canUndo} aria-keyshortcuts="Control+Z">
            ↶ {t('board.undo')}
          </button>
          <button type="button" onClick={() => board.redoLast()} disabled={!snapshot.canRedo} aria-keyshortcuts="Control+Shift+Z">
            ↷ {t('board.redo')}
          </button>
        </div>
      </div>
      <PhaseBar snapshot={snapshot} following={following} onFollow={setFollowing} />
      {privateMode && <p className="private-notice">{t('facilitation.privateNotice')}</p>}
      {facilitating && <FacilitatorPanel session={board} snapshot={snapshot} token={access.token} />}
      {snapshot.lastRefusal && (
        <p className="refusal" role="alert">
          {t('status.refused', { reason: refusalText(t, snapshot.lastRefusal.error) })}
        </p>
      )}
      <main id="main" className={isFiltering(filter) ? 'board board--filtered' : 'board'}>
        <RoadmapProvider workshopId={access.workshopId} token={access.token} enabled={roadmap}>
          {roadmap && roadmapView === 'table' ? (
            <RoadmapTable session={board} snapshot={snapshot} columns={columns} visible={visible} />
          ) : (
            <BoardView
              columns={columns}
              cards={shown}
              visible={visible}
              session={board}
              sessionFor={sessionFor}
              draftIds={draftIds}
              snapshot={snapshot}
              canEdit={canEdit}
              people={snapshot.people}
              focusCard={focusCard}
              spotlight={spotlight}
              onSpotlight={
                facilitating
                  ? (id) => void board.command({ type: 'focus.set', focus: spotlight === id ? null : { kind: 'card', id } })
                  : undefined
              }
              spotlitColumn={spotlitColumn}
              onSpotlightColumn={
                facilitating
                  ? (id) => void board.command({ type: 'focus.set', focus: spotlitColumn === id ? null : { kind: 'column', id } })
                  : undefined
              }
              onAdd={onAdd}
              onDelete={onDelete}
            />
          )}
        </RoadmapProvider>
      </main>
      {deleted && canRestore && (
        <Toast
          message={t('board.deleted')}
          action={{ label: t('board.undo'), run: () => sessionFor(deleted.card).undoLast() }}
          onClose={closeToast}
        />
      )}
    </div>
  );
}
