/** The columns of a board, with drag and drop by pointer and by keyboard (dnd-kit). */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '@shared/board-model';
import type { ColumnInfo } from '@shared/protocol';
import type { BoardSession, BoardSnapshot, Person } from './store/board-session';
import { ColumnView } from './column/ColumnView';
import { SimilarCards } from '../synthesis/SimilarCards';

interface Props {
  columns: ColumnInfo[];
  /** Every card, to compute places; `visible` says which ones the filter shows. */
  cards: Card[];
  visible: (card: Card) => boolean;
  session: BoardSession;
  /** Drafts (private writing) live in their own session. */
  sessionFor: (card: Card) => BoardSession;
  draftIds: ReadonlySet<string>;
  snapshot: BoardSnapshot;
  canEdit: boolean;
  people: Person[];
  focusCard: string | null;
  spotlight: string | null;
  onSpotlight?: (cardId: string) => void;
  spotlitColumn: string | null;
  onSpotlightColumn?: (columnId: string) => void;
  onAdd: (column: string, afterId?: string) => void;
  onDelete: (card: Card) => void;
}

export function BoardView({ columns, cards, visible, session, sessionFor, draftIds, snapshot, canEdit, people, focusCard, spotlight, onSpotlight, spotlitColumn, onSpotlightColumn, onAdd, onDelete }: Props) {
  const { t } = useTranslation();
  const sensors = useSensors(
    // A few pixels of movement before a drag, so that clicks into the text still work.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const byColumn = useMemo(() => {
    const map = new Map<string, Card[]>(columns.map((c) => [c.id, []]));
    for (const card of cards) map.get(card.column)?.push(card);
    return map;
  }, [columns, cards]);
  const textOf = (id: unknown) => cards.find((c) => c.id === id)?.text.slice(0, 40) ?? '';
  const columnTitle = (id: unknown) => columns.find((c) => `column:${c.id}` === id)?.title;

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.pickedUp', { text: textOf(active.id) }),
    // Over itself (the drag just began) says nothing new.
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id ? t('board.movedOver', { target: columnTitle(over.id) ?? textOf(over.id) }) : undefined,
    onDragEnd: () => t('board.dropped'),
    onDragCancel: () => t('board.cancelled'),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const target = over.data.current as { column?: string; group?: string } | undefined;
    const overColumn = target?.column;
    if (!overColumn) return;
    // Onto a group, or a grouped card: join that group; onto the column or a loose card: leave it.
    const overGroup = target?.group ?? snapshot.groupOf.get(String(over.id)) ?? null;
    if (snapshot.groupOf.get(String(active.id)) !== (overGroup ?? undefined)) {
      session.setCardGroup(String(active.id), overGroup);
    }
    const siblings = (byColumn.get(overColumn) ?? []).filter((c) => c.id !== active.id);
    const overIndex = siblings.findIndex((c) => c.id === over.id);
    const from = cards.findIndex((c) => c.id === active.id);
    const to = cards.findIndex((c) => c.id === over.id);
    // Dropped on a card: take its place (after it when coming from above in the same column).
    const index =
      overIndex < 0 ? siblings.length : overIndex + (cards[from]?.column === overColumn && from < to ? 1 : 0);
    session.moveCard(String(active.id), overColumn, index);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.dragHint') } }}
    >
      <SimilarCards session={session} snapshot={snapshot} />
      <div className="columns">
        {columns.map((column) => (
          <ColumnView
            key={column.id}
            column={column}
            cards={(byColumn.get(column.id) ?? []).filter(visible)}
            board={session}
            sessionFor={sessionFor}
            draftIds={draftIds}
            snapshot={snapshot}
            canEdit={canEdit}
            people={people}
            focusCard={focusCard}
            spotlight={spotlight}
            onSpotlight={onSpotlight}
            columnSpotlit={spotlitColumn === column.id}
            onSpotlightColumn={onSpotlightColumn && (() => onSpotlightColumn(column.id))}
            onAdd={onAdd}
            onDelete={onDelete}
          />
        ))}
      </div>
    </DndContext>
  );
}
