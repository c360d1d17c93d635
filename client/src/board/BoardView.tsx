/** The columns of a board, with drag and drop by pointer and by keyboard (dnd-kit). */
import {
  DndContext,
  KeyboardCode,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  closestCorners,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { memo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ColumnInfo } from '@shared/protocol';
import { useBoard } from './board-context';
import type { CardFilter } from './card-filter';
import { ColumnView } from './column/ColumnView';

interface Props {
  columns: ColumnInfo[];
  filter: CardFilter;
  byVotes: boolean;
  spotlitColumn: string | null;
}

/** Enter opens a card's text: only Space picks a card up (and Space or Enter drops it). */
const KEYBOARD_CODES = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

export const BoardView = memo(function BoardView({ columns, filter, byVotes, spotlitColumn }: Props) {
  const { t } = useTranslation();
  const { board, actions } = useBoard();
  const store = board.store;
  const sensors = useSensors(
    // A few pixels of movement before a drag, so that clicks into the text still work.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES }),
  );
  const textOf = (id: unknown) => store.card(String(id))?.text.slice(0, 40) ?? '';
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
    const id = String(active.id);
    const target = over.data.current as { column?: string; group?: string } | undefined;
    const overColumn = target?.column;
    const card = store.card(id);
    if (!overColumn || !card) return;
    // Onto a group, or a grouped card: join that group; onto the column or a loose card: leave it.
    const groups = store.groups();
    const exists = (group: string | null | undefined) => (group && groups.some((g) => g.id === group) ? group : null);
    const overGroup = exists(target?.group ?? store.card(String(over.id))?.group);
    if (exists(card.group) !== overGroup) board.setCardGroup(id, overGroup);
    // Places count in the document's order of the column (groups only gather what it orders).
    const slots = store.slots(overColumn);
    const siblings = slots.filter((s) => s.id !== id);
    const overIndex = siblings.findIndex((s) => s.id === over.id);
    const from = slots.findIndex((s) => s.id === id);
    const to = slots.findIndex((s) => s.id === over.id);
    // Dropped on a card: take its place (after it when coming from above in the same column).
    const index = overIndex < 0 ? siblings.length : overIndex + (from >= 0 && from < to ? 1 : 0);
    board.moveCard(id, overColumn, index);
    // Drawn again in its new place (another column's list): the focus follows it there.
    actions.focusCard(id);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      measuring={{ droppable: { strategy: MeasuringStrategy.WhileDragging } }}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.dragHint') } }}
    >
      <div className="columns">
        {columns.map((column) => (
          <ColumnView key={column.id} column={column} filter={filter} byVotes={byVotes} spotlit={spotlitColumn === column.id} />
        ))}
      </div>
    </DndContext>
  );
});
