/**
 * The browser side of the benchmark: a participant's page opened on the board in Chromium,
 * with the probe (browser-probe.ts) in it, and the steps a person takes there.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import type { Session } from '../client/src/identity/identity-store';
import { PRESENCE_COLORS } from '../client/src/identity/identity-store';
import { installProbe, type ProbeOptions, type ProbeState } from './browser-probe';

export const VIEWPORT = { width: 1440, height: 900 } as const;
const PROBE_GLOBAL = '__coatelierBench';
const CARD = (id: string) => `[data-card-id="${id}"]`;
/** What a person uses to type into a card: today's live field, or the editor the card mounts. */
const EDITOR = 'textarea:not([readonly]), input[type="text"]:not([readonly]), [contenteditable="true"]';

export interface BoardPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/** A fresh browser profile (no IndexedDB copy: a cold open) signed in as `session`, as the app stores it. */
export async function newParticipantPage(browser: Browser, origin: string, session: Session, probe: Omit<ProbeOptions, 'global'>): Promise<BoardPage> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'fr-FR',
    storageState: {
      cookies: [],
      origins: [
        {
          origin,
          localStorage: [
            { name: 'coatelier.profile', value: JSON.stringify({ name: session.name, color: PRESENCE_COLORS[0] }) },
            { name: 'coatelier.sessions', value: JSON.stringify({ [session.workshopId]: session }) },
          ],
        },
      ],
    },
  });
  // tsx compiles this file with esbuild's keepNames, which wraps inner functions in a
  // `__name` helper that the page does not have: the serialised probe needs a stand-in.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(installProbe, { ...probe, global: PROBE_GLOBAL });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

export function probeState(page: Page): Promise<ProbeState> {
  return page.evaluate((name) => (window as unknown as Record<string, ProbeState>)[name]!, PROBE_GLOBAL);
}

/** Navigates and waits for the probe to call the board open (or to give up at its timeout). */
export async function openAndWait(page: Page, url: string, timeoutMs: number): Promise<ProbeState['open']> {
  await page.goto(url, { waitUntil: 'commit' });
  const done = page.waitForFunction((name) => (window as unknown as Record<string, ProbeState>)[name]?.open.done, PROBE_GLOBAL, { polling: 250 });
  // Should Node give up first, the wait ends with the context later: not an unhandled rejection.
  done.catch(() => undefined);
  // Kept by Node: a page stuck in one long task answers nothing, not even its own timeout.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the board did not open within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  try {
    await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
  }
  return (await probeState(page)).open;
}

/** The page's clock (ms since navigation start), the one long tasks are stamped with. */
export const pageNow = (page: Page) => page.evaluate(() => performance.now());

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

/**
 * CPU time of the page's main thread so far (Chromium's `ThreadTime`), in ms. Unlike the
 * timings, it hardly moves when other work shares the machine's cores.
 */
export const mainThreadCpuMs = async (cdp: CDPSession) => Math.round((await metric(cdp, 'ThreadTime')) * 1_000);

/** JS heap as loaded, then after a full collection (the steadier figure), and DOM nodes. */
export async function memory(cdp: CDPSession) {
  const mb = (bytes: number) => Math.round(bytes / 104_857.6) / 10;
  const [jsHeap, domNodes] = [await metric(cdp, 'JSHeapUsedSize'), await metric(cdp, 'Nodes')];
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { jsHeapMb: mb(jsHeap), jsHeapAfterGcMb: mb(usedSize), domNodes };
}

/** Whether the card shows `fragment`, in its text or in a field's value. */
export function cardShows(page: Page, cardId: string, fragment: string, timeoutMs: number): Promise<boolean> {
  return page
    .waitForFunction(
      ([selector, wanted]) => {
        const card = document.querySelector(selector!);
        if (!card) return false;
        const values = [...card.querySelectorAll('textarea, input')].map((f) => (f as HTMLInputElement).value);
        return [card.textContent ?? '', ...values].some((t) => t.includes(wanted!));
      },
      [CARD(cardId), fragment],
      { polling: 100, timeout: timeoutMs },
    )
    .then(() => true)
    .catch(() => false);
}

const editorFocused = (page: Page, timeoutMs: number) =>
  page
    .waitForFunction(
      (selector) => document.activeElement instanceof HTMLElement && document.activeElement.matches(selector),
      EDITOR,
      { timeout: timeoutMs },
    )
    .then(() => true)
    .catch(() => false);

/**
 * Puts the card into edit mode as a person does, whichever card the client has: a live field
 * is clicked; a compact card's text is clicked, and if that only selects it, Enter edits it.
 * The caret then goes to the end of the text.
 */
export async function startEditing(page: Page, cardId: string, cardText: string): Promise<void> {
  const card = page.locator(CARD(cardId));
  if ((await card.count()) === 0) throw new Error(`Card ${cardId} is not in the page (off screen in a windowed column?)`);
  await card.scrollIntoViewIfNeeded();
  const field = card.locator(EDITOR).first();
  if (await field.isVisible()) await field.click();
  else await card.getByText(cardText.slice(0, 24), { exact: false }).first().click();
  if (!(await editorFocused(page, 2_000))) {
    await page.keyboard.press('Enter');
    if (!(await editorFocused(page, 10_000))) throw new Error(`Card ${cardId} did not become editable by click or Enter`);
  }
  await page.keyboard.press('Control+End');
}

/**
 * Types `text` at `keysPerSecond` (a fixed schedule) and waits for the probe's figure for
 * every key; stops early past `budgetMs`, so that a board that takes seconds per key still
 * finishes. Returns the keys typed and each one's keystroke → paint time.
 */
export async function typeLocally(page: Page, text: string, keysPerSecond: number, budgetMs: number): Promise<{ typed: string; samplesMs: number[] }> {
  const start = performance.now();
  let typed = '';
  for (const [i, key] of [...text].entries()) {
    if (performance.now() - start > budgetMs) break;
    const due = start + (i * 1_000) / keysPerSecond - performance.now();
    if (due > 0) await new Promise((r) => setTimeout(r, due));
    await page.keyboard.type(key);
    typed += key;
  }
  const count = typed.length;
  await page.waitForFunction(
    ([name, keys]) => {
      const state = (window as unknown as Record<string, ProbeState>)[name as string];
      return state !== undefined && state.keystrokesMs.length >= (keys as number) && state.pendingKeys === 0;
    },
    [PROBE_GLOBAL, count] as const,
    { polling: 100 },
  );
  return { typed, samplesMs: (await probeState(page)).keystrokesMs };
}
