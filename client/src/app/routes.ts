/** The app's addresses: pure, so that they can be tested without a browser. */
import { PREVIEW_SEGMENT } from '@shared/publication';

export type Route =
  | { page: 'home' }
  | { page: 'join'; code: string }
  | { page: 'workshop'; workshopId: string }
  | { page: 'board'; workshopId: string; boardId: string }
  | { page: 'boardLink'; boardId: string }
  | { page: 'present'; boardId: string }
  | { page: 'print'; boardId: string }
  | { page: 'invite'; token: string }
  | { page: 'accessibility' }
  | { page: 'publication'; slug: string; previewOf: string | null }
  | { page: 'followup'; token: string };

/** The accessibility statement's address, in French as the RGAA's model has it. */
const STATEMENT = 'accessibilite';

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'join' && parts[1]) return { page: 'join', code: parts[1] };
  if (parts[0] === 'w' && parts[1] && parts[2] === 'b' && parts[3]) {
    return { page: 'board', workshopId: parts[1], boardId: parts[3] };
  }
  if (parts[0] === 'w' && parts[1]) return { page: 'workshop', workshopId: parts[1] };
  if (parts[0] === 'b' && parts[1]) return { page: 'boardLink', boardId: parts[1] };
  if (parts[0] === 'present' && parts[1]) return { page: 'present', boardId: parts[1] };
  if (parts[0] === 'print' && parts[1]) return { page: 'print', boardId: parts[1] };
  if (parts[0] === 'invite' && parts[1]) return { page: 'invite', token: parts[1] };
  if (parts[0] === STATEMENT && parts.length === 1) return { page: 'accessibility' };
  if (parts[0] === 'suivi' && parts[1]) return { page: 'followup', token: parts[1] };
  if (parts[0] === 'r' && parts[1]) return { page: 'publication', slug: parts[1], previewOf: parts[1] === PREVIEW_SEGMENT ? (parts[2] ?? '') : null };
  return { page: 'home' };
}

export const paths = {
  home: () => '/',
  join: (code: string) => `/join/${encodeURIComponent(code)}`,
  workshop: (workshopId: string) => `/w/${encodeURIComponent(workshopId)}`,
  board: (workshopId: string, boardId: string) => `/w/${encodeURIComponent(workshopId)}/b/${encodeURIComponent(boardId)}`,
  print: (boardId: string) => `/print/${encodeURIComponent(boardId)}`,
  statement: () => `/${STATEMENT}`,
};
