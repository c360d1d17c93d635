/**
 * Synthesis across tables. Organisers create tables and syntheses (`board.structure`);
 * organisers and facilitators of the board refresh a synthesis, merge cards and carry them
 * into the roadmap; anyone who reads a board reads which of its cards were carried.
 */
import { Router, type Request, type RequestHandler } from 'express';
import { mergeBody, tablesBody, toRoadmapBody } from '@shared/synthesis';
import type { TokenClaims } from '@shared/protocol';
import type { FacilitationService } from '../domain/facilitation-service';
import type { SynthesisService } from '../domain/synthesis-service';
import { AppError } from '../errors';
import { authorise, parseBody } from './auth';

interface Deps {
  synthesis: SynthesisService;
  facilitation: FacilitationService;
  auth: RequestHandler;
  param: (value: string | string[] | undefined) => string;
}

export function synthesisRoutes({ synthesis, facilitation, auth, param }: Deps): Router {
  const routes = Router();

  /** AUTH: an organiser, or a facilitator whose link covers this board. */
  const facilitatorOf = (req: Request, boardId: string): TokenClaims => {
    const claims = authorise(req, null, 'board.facilitate');
    if (!facilitation.isFacilitator(claims, boardId)) throw new AppError('forbidden', 'Only a facilitator of this board can do this');
    return claims;
  };

  routes.post('/boards/:id/tables', auth, async (req, res) => {
    const claims = authorise(req, null, 'board.structure');
    const { count } = parseBody(tablesBody, req.body);
    res.status(201).json({ boards: await synthesis.createTables(claims.wid, param(req.params.id), count) });
  });

  routes.post('/boards/:id/synthesis', auth, async (req, res) => {
    const claims = authorise(req, null, 'board.structure');
    const result = await synthesis.synthesis(claims.wid, param(req.params.id));
    res.status(result.created ? 201 : 200).json(result);
  });

  routes.post('/boards/:id/synthesis/refresh', auth, async (req, res) => {
    const boardId = param(req.params.id);
    const claims = facilitatorOf(req, boardId);
    res.json(await synthesis.refresh(claims.wid, boardId));
  });

  routes.post('/boards/:id/merge', auth, async (req, res) => {
    const boardId = param(req.params.id);
    const claims = facilitatorOf(req, boardId);
    const body = parseBody(mergeBody, req.body);
    res.json(await synthesis.merge(claims.wid, boardId, body));
  });

  routes.get('/boards/:id/carried', auth, async (req, res) => {
    // AUTH: anyone who may read boards; the board must be of their workshop (checked below).
    const claims = authorise(req, null, 'board.read');
    const body = await synthesis.carried(claims.wid, param(req.params.id));
    res.set('Cache-Control', 'no-store').json(body);
  });

  routes.post('/boards/:id/cards/:cardId/to-roadmap', auth, async (req, res) => {
    const boardId = param(req.params.id);
    const claims = facilitatorOf(req, boardId);
    const { roadmapBoardId } = parseBody(toRoadmapBody, req.body);
    const result = await synthesis.toRoadmap(claims.wid, boardId, param(req.params.cardId), claims.pid, roadmapBoardId);
    res.status(result.created ? 201 : 200).json(result);
  });

  return routes;
}
