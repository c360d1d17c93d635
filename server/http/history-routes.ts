/**
 * The trash (facilitators of the board and organisers) and history checkpoints (organisers).
 * Restoring writes to the live document, so it is refused on an archived workshop.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { CheckpointList, TrashList } from '@shared/history';
import { idSchema, type TokenClaims } from '@shared/protocol';
import type { Authenticator } from '../auth/authenticator';
import type { FacilitationService } from '../domain/facilitation-service';
import type { WorkshopService } from '../domain/workshop-service';
import { AppError } from '../errors';
import type { BoardHistory } from '../history/board-history';
import { authorise, requireToken } from './auth';

interface Deps {
  history: BoardHistory;
  workshops: WorkshopService;
  facilitation: FacilitationService;
  authenticator: Authenticator;
}

const entryId = z.string().regex(/^[1-9][0-9]{0,14}$/).transform(Number);

/** A path parameter, or 404: a malformed id names nothing. */
function pathParam<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('not_found', 'No such resource');
  return parsed.data;
}

export function historyRoutes({ history, workshops, facilitation, authenticator }: Deps): Router {
  const routes = Router();
  const auth = requireToken(authenticator);
  const param = (value: unknown) => pathParam(idSchema, value);
  const numeric = (value: unknown) => pathParam(entryId, value);

  /** AUTH: an organiser, or a facilitator whose link covers this board; the board is the workshop's. */
  const facilitatorOf = async (req: Request, boardId: string): Promise<TokenClaims> => {
    const claims = authorise(req, null, 'board.facilitate');
    if (!facilitation.isFacilitator(claims, boardId)) throw new AppError('forbidden', 'Only a facilitator of this board can do this');
    await workshops.boardFor(claims, boardId);
    return claims;
  };
  const organiserOf = async (req: Request, boardId: string): Promise<TokenClaims> => {
    const claims = authorise(req, null, 'board.structure');
    await workshops.boardFor(claims, boardId);
    return claims;
  };
  const assertOpen = async (claims: TokenClaims) => {
    if ((await workshops.requireWorkshop(claims.wid)).archivedAt !== null) {
      throw new AppError('forbidden', 'This workshop is archived: unarchive it to change it', 'archived');
    }
  };

  routes.get('/boards/:id/trash', auth, async (req, res) => {
    const boardId = param(req.params.id);
    const claims = await facilitatorOf(req, boardId);
    const body: TrashList = { entries: await history.trash.list(claims.wid, boardId) };
    res.json(body);
  });

  routes.post('/boards/:id/trash/:entryId/restore', auth, async (req, res) => {
    const boardId = param(req.params.id);
    const claims = await facilitatorOf(req, boardId);
    const id = numeric(req.params.entryId);
    await assertOpen(claims);
    res.json(await history.restoreCard(boardId, id, claims.pid));
  });

  routes.get('/boards/:id/checkpoints', auth, async (req, res) => {
    const boardId = param(req.params.id);
    await organiserOf(req, boardId);
    const body: CheckpointList = { checkpoints: await history.checkpoints.list(boardId) };
    res.json(body);
  });

  routes.post('/boards/:id/checkpoints/:checkpointId/restore', auth, async (req, res) => {
    const boardId = param(req.params.id);
    const claims = await organiserOf(req, boardId);
    const id = numeric(req.params.checkpointId);
    await assertOpen(claims);
    res.json(await history.revert(boardId, id, claims.pid));
  });

  return routes;
}
