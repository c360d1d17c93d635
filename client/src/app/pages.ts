/**
 * The pages that are not the home or join page, each in its own chunk: the first screen a
 * participant sees downloads none of the board, facilitation, roadmap, dashboard or export code.
 */
import type { ComponentType } from 'react';
import { loadPageMessages } from '../i18n/i18n';
import { onDemand } from './on-demand';
import type { Route } from './routes';

/** A page's code and its messages, fetched together. */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return onDemand(() => Promise.all([load(), loadPageMessages()]).then(([Component]) => Component));
}

export const WorkshopPage = page(() => import('../workshop/WorkshopPage').then((m) => m.WorkshopPage));
export const BoardPage = page(() => import('../board/BoardPage').then((m) => m.BoardPage));
export const PresentPage = page(() => import('../present/PresentPage').then((m) => m.PresentPage));
export const InvitePage = page(() => import('../home/InvitePage').then((m) => m.InvitePage));
export const BoardLinkPage = page(() => import('../home/BoardLinkPage').then((m) => m.BoardLinkPage));
export const PrintPage = page(() => import('../print/PrintPage').then((m) => m.PrintPage));
export const StatementPage = page(() => import('../accessibility/StatementPage').then((m) => m.StatementPage));
export const PublicationPage = page(() => import('../publication/PublicationPage').then((m) => m.PublicationPage));
export const FollowupPage = page(() => import('../followup/FollowupPage').then((m) => m.FollowupPage));

const preloads: Record<Exclude<Route['page'], 'home' | 'join'>, () => Promise<unknown>> = {
  workshop: WorkshopPage.preload,
  board: BoardPage.preload,
  present: PresentPage.preload,
  invite: InvitePage.preload,
  boardLink: BoardLinkPage.preload,
  print: PrintPage.preload,
  accessibility: StatementPage.preload,
  publication: PublicationPage.preload,
  followup: FollowupPage.preload,
};

/** Starts fetching a page's code; a failure is left for the page itself to show. */
export function preloadPage(page: Route['page']): void {
  if (page === 'home' || page === 'join') return;
  preloads[page]().catch(() => undefined);
}
