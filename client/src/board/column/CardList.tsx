/**
 * A column's list, windowed: only the rows in view (and a few around) are in the page, each
 * placed at its offset. The card that holds the column's tab stop, the card being moved and
 * a card about to open in its editor are always drawn, so that the focus never falls to the
 * page. The row being read stays in place when cards arrive above it.
 */
import { useDndContext } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useBoard } from '../board-context';
import { CardItem, type ColumnNav } from '../card/CardItem';
import { cardIds, type Row } from './column-rows';
import { GroupRow } from './GroupRow';
import { useKeepFocus } from './use-keep-focus';
import { anchorAt, scrollFor, type Anchor } from './window-anchor';

/** Estimates before a row is measured: a one-line card, a group header. */
const CARD_ESTIMATE_PX = 68;
const GROUP_ESTIMATE_PX = 44;
const GAP_PX = 6;
const OVERSCAN_ROWS = 6;
/**
 * How long the row being read is held in place after rows changed above it: new rows are
 * measured over the next frames, later still on a busy device, so a time rather than a count
 * of frames. The person's own scrolling ends it at once.
 */
const ANCHOR_SETTLE_MS = 500;
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

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
      neighbour: (id) => {
        const order = cardIds(rowsRef.current);
        const at = order.indexOf(id);
        return order[at + 1] ?? order[at - 1] ?? null;
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

  // Cards arriving above what is read do not push it down. Places are read from the rows as
  // drawn (what the person sees), in the list's coordinates; the window's own estimates of
  // rows never drawn may lag behind its scroll corrections.
  const list = useRef<HTMLUListElement>(null);
  useKeepFocus(list, rows);
  const anchor = useRef<Anchor | null>(null);
  const drawn = () => {
    const base = list.current?.getBoundingClientRect().top ?? 0;
    const top = (scroller.current?.getBoundingClientRect().top ?? 0) - base;
    const placed = [...(list.current?.children ?? [])]
      .map((li) => ({ key: (li as HTMLElement).dataset.key ?? '', start: li.getBoundingClientRect().top - base, end: li.getBoundingClientRect().bottom - base }))
      .sort((a, b) => a.start - b.start);
    return { placed, top };
  };
  const noteAnchor = () => {
    const { placed, top } = drawn();
    anchor.current = scroller.current && scroller.current.scrollTop > 0 ? anchorAt(placed, Math.max(top, 1)) : null;
  };
  useLayoutEffect(() => {
    const element = scroller.current;
    const target = anchor.current;
    if (!element || !target) return;
    const correct = () => {
      const { placed, top } = drawn();
      const next = scrollFor(target, (key) => placed.find((p) => p.key === key)?.start, top);
      if (next !== null) element.scrollTop += next - top;
    };
    correct();
    // Rows drawn for the first time are measured in the next frames, which moves what follows
    // them: the row being read is put back where it stood until that settles.
    const until = performance.now() + ANCHOR_SETTLE_MS;
    let frame = requestAnimationFrame(function settle(now) {
      correct();
      if (now < until) frame = requestAnimationFrame(settle);
    });
    const stop = () => cancelAnimationFrame(frame);
    for (const type of USER_SCROLL_EVENTS) element.addEventListener(type, stop, { passive: true, once: true });
    return () => {
      stop();
      for (const type of USER_SCROLL_EVENTS) element.removeEventListener(type, stop);
    };
    // Rows changed: that is all this corrects.
     
  }, [rows]);
  // After every drawing, once corrected: the rows a scroll brings are drawn after its event, so
  // an anchor noted only then would name a row that is no longer in view.
  useLayoutEffect(noteAnchor);

  // "Suivre l'animateur": the spotlit card comes into view, its column first.
  const { following, spotlight } = board;
  useEffect(() => {
    const index = following && spotlight ? indexOf.get(spotlight) : undefined;
    if (index === undefined) return;
    scroller.current?.closest('.column')?.scrollIntoView({ block: 'nearest', inline: 'center' });
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [following, spotlight, indexOf, virtualizer]);

  // A card asked for (an address's #card-…, a merged card): the column holding it takes the
  // request, brings the card into view and focuses it (once drawn, if it was not).
  const { focusRequest } = board.actions;
  const requested = useSyncExternalStore(focusRequest.subscribe, focusRequest.get);
  useEffect(() => {
    const index = requested === null ? undefined : indexOf.get(requested);
    if (requested === null || index === undefined) return;
    focusRequest.set(null);
    scroller.current?.closest('.column')?.scrollIntoView({ block: 'nearest', inline: 'center' });
    setActiveId(requested);
    const element = scroller.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(requested)}"]`);
    if (element) return element.focus();
    pendingFocus.current = requested;
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [requested, indexOf, focusRequest, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scroller} className="card-scroller" onScroll={noteAnchor}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ul ref={list} className="card-list" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
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
