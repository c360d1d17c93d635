/**
 * What the browser benchmark injects into the page before the app's own scripts
 * (`addInitScript`). It runs in the page: everything it uses is inside the function, and it
 * reports through one global that the benchmark reads with `page.evaluate`.
 *
 * - Long tasks: every `longtask` entry, from navigation on.
 * - Opening: an IntersectionObserver on every card element (found by a MutationObserver)
 *   keeps the set of cards in the viewport. The board is open when the app says "Enregistré",
 *   at least one card is in the viewport and that set has not changed for `quietMs`; the time
 *   reported is that of the frame where the set last changed (the entry's `time`: the
 *   rendering step of the frame that painted it), from navigation start. Both observers stop
 *   then, so that they weigh on nothing after. Milestones from the page's own timings say
 *   where that time went: DOMContentLoaded, the last script fetched (lazy chunks included),
 *   the first contentful paint.
 * - Keystrokes: from a printable key's `keydown` (its `timeStamp`) to the end of the first
 *   frame in which the focused editor holds one more character: a rAF callback sees the text,
 *   and a message posted from it runs once that frame is painted.
 */
import type { LongTask } from './browser-figures';

export interface ProbeOptions {
  /** Name of the global the probe fills. */
  global: string;
  cardSelector: string;
  /** The board is synced when an element matching this selector contains `syncedText`. */
  syncedSelector: string;
  syncedText: string;
  quietMs: number;
  timeoutMs: number;
}

export interface ProbeState {
  longTasks: LongTask[];
  open: {
    firstCardMs: number | null;
    openMs: number | null;
    visibleCards: number;
    timedOut: boolean;
    done: boolean;
    /** Where the opening time went, read from the page's own timings once it is open. */
    milestones: { domContentLoadedMs: number | null; scriptsLoadedMs: number | null; firstContentfulPaintMs: number | null } | null;
  };
  keystrokesMs: number[];
  pendingKeys: number;
}

/** Runs in the page. Self-contained: it is serialised, with its argument, into the init script. */
export function installProbe(options: ProbeOptions): void {
  const state: ProbeState = {
    longTasks: [],
    open: { firstCardMs: null, openMs: null, visibleCards: 0, timedOut: false, done: false, milestones: null },
    keystrokesMs: [],
    pendingKeys: 0,
  };
  (window as unknown as Record<string, ProbeState>)[options.global] = state;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // Opening.
  const visible = new Set<Element>();
  let lastChange = -1;
  const changedAt = (time: number) => {
    lastChange = Math.max(lastChange, time);
    if (state.open.firstCardMs === null && visible.size > 0) state.open.firstCardMs = Math.round(time);
  };
  const intersections = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const had = visible.has(entry.target);
      if (entry.isIntersecting === had) continue;
      if (entry.isIntersecting) visible.add(entry.target);
      else visible.delete(entry.target);
      changedAt(entry.time);
    }
  });
  const watched = new WeakSet<Element>();
  const watch = (element: Element) => {
    if (watched.has(element)) return;
    watched.add(element);
    intersections.observe(element);
  };
  const mutations = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        if (node.matches(options.cardSelector)) watch(node);
        node.querySelectorAll(options.cardSelector).forEach(watch);
      });
    }
  });
  mutations.observe(document, { childList: true, subtree: true });
  const synced = () =>
    [...document.querySelectorAll(options.syncedSelector)].some((e) => (e.textContent ?? '').includes(options.syncedText));
  const milestones = (until: number) => {
    const ms = (value: number | undefined) => (value === undefined ? null : Math.round(value));
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    // The last script (lazy chunks included) fetched before the board was open.
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => /\.m?js(\?|$)/.test(r.name) && r.responseEnd <= until)
      .map((r) => r.responseEnd);
    return {
      domContentLoadedMs: ms(navigation?.domContentLoadedEventEnd),
      scriptsLoadedMs: scripts.length > 0 ? ms(Math.max(...scripts)) : null,
      firstContentfulPaintMs: ms(performance.getEntriesByName('first-contentful-paint')[0]?.startTime),
    };
  };
  const watchOpening = (now: number) => {
    for (const element of visible) {
      if (element.isConnected) continue;
      visible.delete(element);
      changedAt(now);
    }
    const quiet = lastChange >= 0 && performance.now() - lastChange >= options.quietMs;
    const timedOut = performance.now() > options.timeoutMs;
    if ((quiet && visible.size > 0 && synced()) || timedOut) {
      mutations.disconnect();
      intersections.disconnect();
      state.open = { ...state.open, openMs: timedOut ? null : Math.round(lastChange), visibleCards: visible.size, timedOut, done: true, milestones: milestones(lastChange) };
      return;
    }
    requestAnimationFrame(watchOpening);
  };
  requestAnimationFrame(watchOpening);

  // Keystrokes.
  const textLength = (element: Element | null) =>
    element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement ? element.value.length : (element?.textContent ?? '').length;
  const pending: { at: number; length: number }[] = [];
  let editor: Element | null = null;
  let expected = 0;
  let checking = false;
  const seeKeys = () => {
    const length = textLength(document.activeElement);
    const shown = pending.filter((key) => key.length <= length);
    if (shown.length > 0) {
      pending.splice(0, pending.length, ...pending.filter((key) => key.length > length));
      const painted = new MessageChannel();
      painted.port1.onmessage = () => {
        const now = performance.now();
        for (const key of shown) state.keystrokesMs.push(now - key.at);
        state.pendingKeys = pending.length;
      };
      painted.port2.postMessage(null);
    }
    checking = pending.length > 0;
    if (checking) requestAnimationFrame(seeKeys);
  };
  window.addEventListener(
    'keydown',
    (event) => {
      const target = document.activeElement;
      const editable = target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || (target instanceof HTMLElement && target.isContentEditable);
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || !editable) return;
      if (target !== editor) [editor, expected] = [target, 0];
      expected = Math.max(expected, textLength(target)) + 1;
      pending.push({ at: event.timeStamp, length: expected });
      state.pendingKeys = pending.length;
      if (!checking) {
        checking = true;
        requestAnimationFrame(seeKeys);
      }
    },
    true,
  );
}
