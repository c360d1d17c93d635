/**
 * The organiser's dashboard: figures computed from the same backup as the exports.
 * AUTH: 'results.export' (organisers and whole-workshop facilitators), because it shows
 * nothing the export does not already give them, and no names at all; a facilitator
 * limited to one board is refused, as it would show the other boards' figures.
 */
import { Router, type RequestHandler } from 'express';
import { computeDashboard } from '@shared/results/dashboard';
import { AppError } from '../errors';
import type { WorkshopSnapshots } from '../results/workshop-snapshot';
import { authorise } from './auth';

interface Deps {
  snapshots: WorkshopSnapshots;
  auth: RequestHandler;
  param: (value: string | string[] | undefined) => string;
}

export function dashboardRoutes({ snapshots, auth, param }: Deps): Router {
  const routes = Router();
  routes.get('/workshops/:id/dashboard', auth, async (req, res) => {
    const claims = authorise(req, param(req.params.id), 'results.export');
    if (claims.bid) throw new AppError('forbidden', 'This facilitator link is for one board: the dashboard covers the workshop');
    res.set('Cache-Control', 'no-store').json(computeDashboard(await snapshots.read(claims.wid)));
  });
  return routes;
}
