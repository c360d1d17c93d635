/**
 * The pages that are not the home or join page, each in its own chunk: the first screen a
 * participant sees downloads none of the board, facilitation, roadmap, dashboard or export code.
 */
import { onDemand } from './on-demand';
import type { Route } from './routes';

export const WorkshopPage = onDemand(() => import('../workshop/WorkshopPage').then((m) => m.WorkshopPage));
export const BoardPage = onDemand(() => import('../board/BoardPage').then((m) => m.BoardPage));
export const PresentPage = onDemand(() => import('../present/PresentPage').then((m) => m.PresentPage));
export const InvitePage = onDemand(() => import('../home/InvitePage').then((m) => m.InvitePage));
export const BoardLinkPage = onDemand(() => import('../home/BoardLinkPage').then((m) => m.BoardLinkPage));
export const PrintPage = onDemand(() => import('../print/PrintPage').then((m) => m.PrintPage));

const preloads: Record<Exclude<Route['page'], 'home' | 'join'>, () => Promise<unknown>> = {
  workshop: WorkshopPage.preload,
  board: BoardPage.preload,
  present: PresentPage.preload,
  invite: InvitePage.preload,
  boardLink: BoardLinkPage.preload,
  print: PrintPage.preload,
};

/** Starts fetching a page's code; a failure is left for the page itself to show. */
export function preloadPage(page: Route['page']): void {
  if (page === 'home' || page === 'join') return;
  preloads[page]().catch(() => undefined);
}
