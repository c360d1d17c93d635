import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '@shared/board-model';
import type { ColumnInfo } from '@shared/protocol';
import type { BoardSession, BoardSnapshot, Person } from '../store/board-session';
import { BulkPasteDialog } from './BulkPasteDialog';
import { CardItem } from '../card/CardItem';
import { GroupView } from './GroupView';

interface Props {
  column: ColumnInfo;
  cards: Card[];
  /** The board's session: groups live there. */
  board: BoardSession;
  /** Drafts (private writing) live in their own session. */
  sessionFor: (card: Card) => BoardSession;
  draftIds: ReadonlySet<string>;
  snapshot: BoardSnapshot;
  canEdit: boolean;
  people: Person[];
  focusCard: string | null;
  spotlight: string | null;
  onSpotlight?: (cardId: string) => void;
  /** For facilitators: spotlight this column (or take the spotlight off it). */
  onSpotlightColumn?: () => void;
  columnSpotlit: boolean;
  /** Adds a card at the end of the column, or right after `afterId`. */
  onAdd: (column: string, afterId?: string) => void;
  onDelete: (card: Card) => void;
}

export function ColumnView(props: Props) {
  const { column, cards, board, sessionFor, draftIds, snapshot, canEdit, people, focusCard, spotlight, onSpotlight, onAdd, onDelete } =
    props;
  const { onSpotlightColumn, columnSpotlit } = props;
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: `column:${column.id}`, data: { column: column.id } });
  const headingId = `column-${column.id}`;
  const [pasting, setPasting] = useState(false);
  // During private writing new cards go to drafts, which a paste into the board would bypass.
  const canPaste = canEdit && snapshot.state?.state.privateWriting !== true;
  const groups = snapshot.groups.filter((g) => g.column === column.id);
  const grouped = (groupId: string) => cards.filter((c) => snapshot.groupOf.get(c.id) === groupId);
  const loose = cards.filter((c) => !snapshot.groupOf.has(c.id));
  // Sortable order follows what is shown: groups first, then loose cards.
  const ordered = [...groups.flatMap((g) => (g.collapsed ? [] : grouped(g.id))), ...loose];

  const renderCard = (card: Card) => (
    <CardItem
      key={card.id}
      card={card}
      session={sessionFor(card)}
      draft={draftIds.has(card.id)}
      snapshot={snapshot}
      canEdit={canEdit}
      groups={groups}
      group={snapshot.groupOf.get(card.id) ?? null}
      editors={people.filter((p) => !p.self && p.editing === card.id)}
      focusOnMount={focusCard === card.id}
      spotlit={spotlight === card.id}
      onSpotlight={onSpotlight && (() => onSpotlight(card.id))}
      onDelete={onDelete}
      onAddAfter={(c) => onAdd(column.id, c.id)}
    />
  );

  return (
    // The whole column is the drop target, so that a tall card finds it by pointer and by keyboard.
    <section ref={setNodeRef} className={`column${isOver ? ' column--over' : ''}${columnSpotlit ? ' column--spotlit' : ''}`} aria-labelledby={headingId}>
      <header className="column-header">
        <h2 id={headingId}>{column.title}</h2>
        <span className="column-count">{cards.length}</span>
        {onSpotlightColumn && (
          <button
            type="button"
            className="spotlight-button"
            aria-pressed={columnSpotlit}
            aria-label={`${t('facilitation.spotlight')} : ${column.title}`}
            onClick={onSpotlightColumn}
          >
            {t('facilitation.spotlight')}
          </button>
        )}
      </header>
      <SortableContext id={column.id} items={ordered.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        <ul className="card-list" aria-label={t('board.columnLabel', { title: column.title })}>
          {groups.map((group) => (
            <GroupView key={group.id} group={group} count={grouped(group.id).length} session={board} canEdit={canEdit}>
              {grouped(group.id).map(renderCard)}
            </GroupView>
          ))}
          {loose.map(renderCard)}
          {cards.length === 0 && <li className="column-empty">{t('board.empty')}</li>}
        </ul>
      </SortableContext>
      <button
        type="button"
        className="add-card"
        disabled={!canEdit}
        onClick={() => onAdd(column.id)}
        aria-label={t('board.addCardIn', { column: column.title })}
      >
        <span aria-hidden="true">+</span> {t('board.addCard')}
      </button>
      <button
        type="button"
        className="paste-list"
        disabled={!canPaste}
        onClick={() => setPasting(true)}
        aria-label={t('importing.pasteListIn', { column: column.title })}
      >
        {t('importing.pasteList')}
      </button>
      {pasting && (
        <BulkPasteDialog columnTitle={column.title} onAdd={(texts) => board.addCards(column.id, texts)} onClose={() => setPasting(false)} />
      )}
    </section>
  );
}
