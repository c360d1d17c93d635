/** The title of the pages whose title the shell knows; the others (workshop, board, projector) set their own. */
import type { Route } from './routes';

const FIXED: Partial<Record<Route['page'], string>> = {
  home: 'shell.titles.home',
  join: 'shell.titles.join',
  invite: 'shell.titles.invite',
  boardLink: 'shell.titles.boardLink',
  print: 'shell.titles.print',
  accessibility: 'shell.titles.statement',
};

/** The message key of the route's title; null when the page sets it itself. */
export function shellTitleKey(route: Route, joined: boolean): string | null {
  if ((route.page === 'workshop' || route.page === 'board') && !joined) return 'shell.titles.notJoined';
  return FIXED[route.page] ?? null;
}
