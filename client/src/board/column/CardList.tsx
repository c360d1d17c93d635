/**
 * A column's list, windowed: only the rows in view (and a few around) are in the page, each
 * placed at its offset. The card that holds the column's tab stop, the card being moved and
 * a card about to open in its editor are always drawn, so that the focus never falls to the
 * page. The row being read stays in place when cards arrive above it.
 */
import { useDndContext } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useBoard } from '../board-context';
import { CardItem, type ColumnNav } from '../card/CardItem';
import { cardIds, type Row } from './column-rows';
import { GroupRow } from './GroupRow';
import { anchorAt, scrollFor, type Anchor } from './window-anchor';

/** Estimates before a row is measured: a one-line card, a group header. */
const CARD_ESTIMATE_PX = 72;
const GROUP_ESTIMATE_PX = 44;
const GAP_PX = 6;
const OVERSCAN_ROWS = 6;

interface Props {
  rows: Row[];
  label: string;
}

export function CardList({ rows, label }: Props) {
  const board = useBoard();
  const scroller = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const dragged = useDndContext().active?.id;
  const ids = useMemo(() => cardIds(rows), [rows]);
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row.key, i])), [rows]);
  const tabStop = activeId !== null && indexOf.has(activeId) ? activeId : (ids[0] ?? null);
  const pinned = [tabStop, typeof dragged === 'string' ? dragged : null, board.actions.pendingEdit()]
    .map((id) => (id === null ? undefined : indexOf.get(id)))
    .filter((i): i is number => i !== undefined);

  // Read during render on purpose: the rows drawn change with every scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? GROUP_ESTIMATE_PX : CARD_ESTIMATE_PX),
    getItemKey: (i) => rows[i]!.key,
    overscan: OVERSCAN_ROWS,
    gap: GAP_PX,
    useFlushSync: false,
    rangeExtractor: (range) => [...new Set([...defaultRangeExtractor(range), ...pinned])].sort((a, b) => a - b),
  });

  // The roving focus: arrows move it among the column's cards, drawing the target first.
  const rowsRef = useRef(rows);
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  }, [rows]);
  const nav = useMemo<ColumnNav>(
    () => ({
      focused: (id) => setActiveId(id),
      move: (id, to) => {
        const order = cardIds(rowsRef.current);
        const at = order.indexOf(id);
        const target = to === 'first' ? order[0] : to === 'last' ? order.at(-1) : order[at + (to === 'next' ? 1 : -1)];
        if (target === undefined) return;
        pendingFocus.current = target;
        setActiveId(target);
      },
    }),
    [],
  );
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const element = scroller.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`);
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
  });

  // Cards arriving above what is read do not push it down.
  const anchor = useRef<Anchor | null>(null);
  const noteAnchor = () => {
    const top = scroller.current?.scrollTop ?? 0;
    anchor.current = anchorAt(virtualizer.getVirtualItems().map(({ key, start, end }) => ({ key: String(key), start, end })), top);
  };
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const next = scrollFor(anchor.current, (key) => virtualizer.measurementsCache[indexOf.get(String(key)) ?? -1]?.start, element.scrollTop);
    if (next !== null) element.scrollTop = next;
    // Rows changed: that is all this corrects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows]);

  // "Suivre l'animateur": the spotlit card comes into view, its column first.
  const { following, spotlight } = board;
  useEffect(() => {
    const index = following && spotlight ? indexOf.get(spotlight) : undefined;
    if (index === undefined) return;
    scroller.current?.closest('.column')?.scrollIntoView({ block: 'nearest', inline: 'center' });
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [following, spotlight, indexOf, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scroller} className="card-scroller" onScroll={noteAnchor}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ul className="card-list" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            if (row.kind === 'group') {
              return <GroupRow key={row.key} group={row.group} count={row.count} index={item.index} top={item.start} measure={virtualizer.measureElement} />;
            }
            const session = row.draft && board.drafts ? board.drafts : board.board;
            return (
              <CardItem
                key={row.key}
                id={row.id}
                session={session}
                draft={row.draft}
                group={row.group}
                index={item.index}
                setSize={rows.length}
                top={item.start}
                measure={virtualizer.measureElement}
                tabStop={row.id === tabStop}
                nav={nav}
              />
            );
          })}
        </ul>
      </SortableContext>
    </div>
  );
}
