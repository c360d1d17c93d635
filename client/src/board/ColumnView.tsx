import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { Card } from '@shared/board-model';
import type { ColumnInfo } from '@shared/protocol';
import type { BoardSession, BoardSnapshot, Person } from './board-session';
import { CardItem } from './CardItem';

interface Props {
  column: ColumnInfo;
  cards: Card[];
  /** Drafts (private writing) live in their own session. */
  sessionFor: (card: Card) => BoardSession;
  draftIds: ReadonlySet<string>;
  snapshot: BoardSnapshot;
  canEdit: boolean;
  people: Person[];
  focusCard: string | null;
  spotlight: string | null;
  onSpotlight?: (cardId: string) => void;
  /** Adds a card at the end of the column, or right after `afterId`. */
  onAdd: (column: string, afterId?: string) => void;
  onDelete: (card: Card) => void;
}

export function ColumnView({ column, cards, sessionFor, draftIds, snapshot, canEdit, people, focusCard, spotlight, onSpotlight, onAdd, onDelete }: Props) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: `column:${column.id}`, data: { column: column.id } });
  const headingId = `column-${column.id}`;
  return (
    // The whole column is the drop target, so that a tall card finds it by pointer and by keyboard.
    <section ref={setNodeRef} className={`column${isOver ? ' column--over' : ''}`} aria-labelledby={headingId}>
      <header className="column-header">
        <h2 id={headingId}>{column.title}</h2>
        <span className="column-count">{cards.length}</span>
      </header>
      <SortableContext id={column.id} items={cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
        <ul className="card-list" aria-label={t('board.columnLabel', { title: column.title })}>
          {cards.map((card) => (
            <CardItem
              key={card.id}
              card={card}
              session={sessionFor(card)}
              draft={draftIds.has(card.id)}
              snapshot={snapshot}
              canEdit={canEdit}
              editors={people.filter((p) => !p.self && p.editing === card.id)}
              focusOnMount={focusCard === card.id}
              spotlit={spotlight === card.id}
              onSpotlight={onSpotlight && (() => onSpotlight(card.id))}
              onDelete={onDelete}
              onAddAfter={(c) => onAdd(column.id, c.id)}
            />
          ))}
          {cards.length === 0 && <li className="column-empty">{t('board.empty')}</li>}
        </ul>
      </SortableContext>
      <button type="button" className="add-card" disabled={!canEdit} onClick={() => onAdd(column.id)} aria-label={t('board.addCardIn', { column: column.title })}>
        <span aria-hidden="true">+</span> {t('board.addCard')}
      </button>
    </section>
  );
}
