import type { JoinResult } from '@shared/protocol';
import { api } from '../api/api-client';
import { preloadPage } from '../app/pages';
import { paths } from '../app/router';

/**
 * Where a participant lands after joining: on the board being run when the facilitators chose
 * one, the list of boards one step back; on the list otherwise (or when it cannot be read).
 */
export async function landingAfterJoin(joined: JoinResult): Promise<[...string[], string]> {
  const list = paths.workshop(joined.workshopId);
  const current = await api.workshop(joined.workshopId, joined.participantToken).then(
    (w) => w.currentBoardId ?? null,
    () => null,
  );
  if (!current || !joined.boards.some((b) => b.id === current)) return [list];
  preloadPage('board');
  return [list, paths.board(joined.workshopId, current)];
}
