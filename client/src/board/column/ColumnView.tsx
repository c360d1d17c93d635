/**
 * One column: its title, "Ajouter une carte" before its cards, and the windowed list. It
 * re-renders when its cards move, arrive or leave (or, while a filter or the vote order is
 * on, when what those read changes), never because someone typed in a card. On a controlled
 * board a participant's "Ajouter une carte" writes to the facilitators' inbox instead, and
 * their cards waiting there are listed under it.
 */
import { useDroppable } from '@dnd-kit/core';
import { lazy, memo, Suspense, useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ColumnInfo } from '@shared/protocol';
import { useBoard } from '../board-context';
import { useContentLang } from '../../i18n/content-lang';
import { countOf } from '../card/card-votes';
import { isFiltering, matchesFilter, type CardFilter } from '../card-filter';
import type { Slot } from '../store/card-record';
import { useColumnRecords, useGroups, useSlots } from '../store/use-store';
import { CardList } from './CardList';
import { columnRows } from './column-rows';
import { InboxComposer } from '../../moderation/InboxComposer';
import { PendingCards } from '../../moderation/PendingCards';
import { useControlled } from '../../moderation/use-moderation';

const BulkPasteDialog = lazy(() => import('./BulkPasteDialog').then((m) => ({ default: m.BulkPasteDialog })));

const NO_SLOTS: readonly Slot[] = [];
const noSubscription = () => () => undefined;
const nothing = () => null;

interface Props {
  column: ColumnInfo;
  filter: CardFilter;
  byVotes: boolean;
  spotlit: boolean;
}

export const ColumnView = memo(function ColumnView({ column, filter, byVotes, spotlit }: Props) {
  const { t } = useTranslation();
  const { board, drafts, canWrite, moderator, names, actions } = useBoard();
  const lang = useContentLang();
  const { setNodeRef, isOver } = useDroppable({ id: `column:${column.id}`, data: { column: column.id } });
  const [pasting, setPasting] = useState(false);
  const [composing, setComposing] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // During private writing drafts are written as usual: they reach the board only when revealed.
  const controlled = useControlled(board) && !moderator && !drafts;
  const filtering = isFiltering(filter);
  const slots = useSlots(board.store, column.id);
  const draftSlots = useSlots(drafts?.store ?? board.store, drafts ? column.id : '');
  const allGroups = useGroups(board.store);
  const records = useColumnRecords(board.store, column.id, filtering);
  const draftRecords = useColumnRecords(drafts?.store ?? board.store, drafts ? column.id : '', filtering);
  const totals = useSyncExternalStore(byVotes ? board.votes.subscribe : noSubscription, byVotes ? board.votes.get : nothing)?.totals;

  const groups = useMemo(() => allGroups.filter((g) => g.column === column.id), [allGroups, column.id]);
  const rows = useMemo(() => {
    let visible: ((id: string) => boolean) | null = null;
    if (filtering) {
      // The facilitator's names stand in for the blanked ones of an anonymous board.
      const named = [...(records ?? []), ...(drafts ? (draftRecords ?? []) : [])].filter((card) =>
        matchesFilter({ ...card, authorName: card.authorName || names.get(card.author) || '' }, filter),
      );
      const shown = new Set(named.map((card) => card.id));
      visible = (id) => shown.has(id);
    }
    const votes = totals ? (id: string) => countOf(totals, id) : null;
    return columnRows({ slots, drafts: drafts ? draftSlots : NO_SLOTS, groups, visible, votes });
  }, [filtering, records, drafts, draftRecords, names, filter, totals, slots, draftSlots, groups]);
  const count = rows.reduce((n, row) => n + (row.kind === 'card' ? 1 : 0), 0);

  // During private writing new cards go to drafts, which a paste into the board would bypass.
  const target = drafts ?? board;
  const canPaste = canWrite && !drafts && !controlled;
  const add = useCallback(() => (controlled ? setComposing(true) : actions.add(target, column.id)), [controlled, actions, target, column.id]);
  const stopComposing = useCallback(() => {
    setComposing(false);
    addButton.current?.focus();
  }, []);
  const headingId = `column-${column.id}`;

  return (
    // The whole column is the drop target, so that a tall card finds it by pointer and by keyboard.
    <section ref={setNodeRef} className={`column${isOver ? ' column--over' : ''}${spotlit ? ' column--spotlit' : ''}`} aria-labelledby={headingId}>
      <header className="column-header">
        <h2 id={headingId} lang={lang}>
          {column.title}
        </h2>
        <span className="column-count">{count}</span>
        {moderator && (
          <button
            type="button"
            className="spotlight-button"
            aria-pressed={spotlit}
            aria-label={`${t('facilitation.spotlight')} : ${column.title}`}
            onClick={() => void board.command({ type: 'focus.set', focus: spotlit ? null : { kind: 'column', id: column.id } })}
          >
            {t('facilitation.spotlight')}
          </button>
        )}
      </header>
      <div className="column-actions">
        <button ref={addButton} type="button" className="add-card" disabled={!canWrite} aria-expanded={controlled ? composing : undefined} onClick={add} aria-label={t('board.addCardIn', { column: column.title })}>
          <span aria-hidden="true">+</span> {t('board.addCard')}
        </button>
        <button
          type="button"
          className="paste-list"
          disabled={!canPaste}
          onClick={() => setPasting(true)}
          aria-label={t('importing.pasteListIn', { column: column.title })}
          title={t('importing.pasteList')}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.4">
            <path d="M5.5 2.5h5v2h-5zM4 3.5H3v10h10v-10h-1M5.5 7.5h5M5.5 10h5" />
          </svg>
        </button>
      </div>
      {controlled && composing && <InboxComposer session={board} column={column} onClose={stopComposing} />}
      {controlled && <PendingCards session={board} column={column.id} onRemoved={() => addButton.current?.focus()} />}
      {rows.length === 0 ? <p className="column-empty">{t('board.empty')}</p> : <CardList rows={rows} label={t('board.columnLabel', { title: column.title })} />}
      {pasting && (
        <Suspense fallback={null}>
          <BulkPasteDialog columnTitle={column.title} onAdd={(texts) => board.addCards(column.id, texts)} onClose={() => setPasting(false)} />
        </Suspense>
      )}
    </section>
  );
});
