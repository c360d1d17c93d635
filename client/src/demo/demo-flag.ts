/**
 * Whether a workshop is a demo, as the board page learns it: a workshop never stops or
 * starts being one, so the answer is kept in this browser and asked of the server once.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/api-client';

const KEY = 'coatelier.demos';
let kept: Record<string, boolean> | null = null;

function known(): Record<string, boolean> {
  if (kept) return kept;
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    kept = parsed && typeof parsed === 'object' ? (parsed as Record<string, boolean>) : {};
  } catch {
    kept = {};
  }
  return kept;
}

/** Records what the workshop page read, so that its boards need not ask. */
export function rememberDemo(workshopId: string, demo: boolean): void {
  if (known()[workshopId] === demo) return;
  kept = { ...known(), [workshopId]: demo };
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Storage full or forbidden: the next page load asks again, nothing worse.
  }
}

const asking = new Map<string, Promise<boolean>>();

/** The workshop's demo flag: `given` when the page has it, else the one kept, else asked once. */
export function useDemoFlag(workshopId: string, token: string, given?: boolean): boolean {
  const [asked, setAsked] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (given !== undefined) return rememberDemo(workshopId, given);
    if (known()[workshopId] !== undefined) return;
    let cancelled = false;
    let ask = asking.get(workshopId);
    if (!ask) {
      ask = api.workshop(workshopId, token).then((w) => w.demo === true);
      asking.set(workshopId, ask);
    }
    ask.then(
      (answer) => {
        rememberDemo(workshopId, answer);
        if (!cancelled) setAsked(answer);
      },
      // Unknown for now (offline, or no longer allowed): no banner, asked again on the next page.
      () => asking.delete(workshopId),
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId, token, given]);
  return given ?? known()[workshopId] ?? asked ?? false;
}
