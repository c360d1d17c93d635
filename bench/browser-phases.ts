/**
 * The three things the browser benchmark measures on an open board, one function each:
 * opening, someone else typing, and typing oneself. Each returns plain figures for the JSON.
 */
import type { CDPSession, Page } from '@playwright/test';
import { blockingWithin, keystrokeFigures } from './browser-figures';
import { cardShows, mainThreadCpuMs, memory, openAndWait, pageNow, probeState, startEditing, typeLocally } from './browser-page';
import type { PlannedCard } from './browser-plan';
import type { RemoteTypist } from './browser-typist';

export interface OnPage {
  page: Page;
  cdp: CDPSession;
  typist: RemoteTypist;
}

/** Plain letters and spaces: every key is a keydown with its character, as on a keyboard. */
export const typing = (keys: number, words: string) => words.repeat(Math.ceil(keys / words.length)).slice(0, keys);

export async function openBoard({ page, cdp }: OnPage, url: string, timeoutMs: number) {
  const open = await openAndWait(page, url, timeoutMs);
  const mainThread = await mainThreadCpuMs(cdp);
  return {
    open: {
      ms: open.openMs,
      firstCardMs: open.firstCardMs,
      visibleCards: open.visibleCards,
      timedOut: open.timedOut,
      mainThreadCpuMs: mainThread,
      ...open.milestones,
    },
    afterLoad: await memory(cdp),
  };
}

/**
 * The typist types `keys` keys into `cardId`; the window runs from the first key to the page
 * showing the last one (or `arrivalTimeoutMs` after the typist is done), so that the work
 * the last keys cause is counted.
 */
export async function someoneElseTypes({ page, cdp, typist }: OnPage, cardId: string, keys: number, keysPerSecond: number, arrivalTimeoutMs: number) {
  const text = typing(keys, ' et on en reparle demain');
  const [from, cpuFrom] = [await pageNow(page), await mainThreadCpuMs(cdp)];
  await typist.type(cardId, text, keysPerSecond);
  const arrived = await cardShows(page, cardId, text, arrivalTimeoutMs);
  const [to, cpuTo] = [await pageNow(page), await mainThreadCpuMs(cdp)];
  const blocking = blockingWithin((await probeState(page)).longTasks, from, to);
  return { keys, keysPerSecond, windowMs: Math.round(to - from), arrived, ...blocking, mainThreadCpuMs: cpuTo - cpuFrom };
}

/** Edits `card` as a person does and types `keys` keys; `stored` once the typist receives them. */
export async function typeOneself({ page, cdp, typist }: OnPage, card: PlannedCard, keys: number, keysPerSecond: number, budgetMs: number, arrivalTimeoutMs: number) {
  await startEditing(page, card.id, card.text);
  const cpuFrom = await mainThreadCpuMs(cdp);
  const { typed, samplesMs } = await typeLocally(page, typing(keys, ' avec les communes voisines'), keysPerSecond, budgetMs);
  const cpu = (await mainThreadCpuMs(cdp)) - cpuFrom;
  // An edit that never reached the others is no figure.
  const stored = await typist.receives(card.id, typed, arrivalTimeoutMs);
  return { ...keystrokeFigures(samplesMs), keysPerSecond, stored, mainThreadCpuMs: cpu };
}
