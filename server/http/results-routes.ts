/**
 * Results: exports of a workshop or a board. Organisers export anything of their workshop;
 * facilitators too, except that one limited to a board exports only that board.
 */
import { Router, type Request, type Response } from 'express';
import { exportFileName, exportQuery } from '@shared/results/export-formats';
import type { TokenClaims } from '@shared/protocol';
import { AppError } from '../errors';
import { renderExport } from '../results/render-export';
import type { WorkshopSnapshots } from '../results/workshop-snapshot';
import type { WorkshopService } from '../domain/workshop-service';
import { authorise, parseBody } from './auth';
import type { RequestHandler } from 'express';

interface Deps {
  workshops: WorkshopService;
  snapshots: WorkshopSnapshots;
  auth: RequestHandler;
  param: (value: string | string[] | undefined) => string;
}

export function resultsRoutes({ workshops, snapshots, auth, param }: Deps): Router {
  const routes = Router();

  const send = async (req: Request, res: Response, claims: TokenClaims, boardId?: string) => {
    const options = parseBody(exportQuery, req.query);
    const backup = await snapshots.read(claims.wid, boardId);
    const rendered = await renderExport(backup, options);
    const board = boardId === undefined ? undefined : backup.boards[0]?.title;
    res
      .status(200)
      .type(rendered.contentType)
      .attachment(exportFileName({ title: backup.workshop.title, date: backup.workshop.date, board }, rendered.extension))
      .set('Cache-Control', 'no-store')
      .send(rendered.body);
  };

  routes.get('/workshops/:id/export', auth, async (req, res) => {
    // AUTH: organisers, and facilitators of the whole workshop.
    const claims = authorise(req, param(req.params.id), 'results.export');
    if (claims.bid) throw new AppError('forbidden', 'This facilitator link is for one board: export that board');
    await send(req, res, claims);
  });

  routes.get('/boards/:id/export', auth, async (req, res) => {
    const claims = authorise(req, null, 'results.export');
    const boardId = param(req.params.id);
    await workshops.boardFor(claims, boardId);
    if (claims.bid && claims.bid !== boardId) throw new AppError('forbidden', 'This facilitator link is for another board');
    await send(req, res, claims, boardId);
  });

  return routes;
}
