/**
 * Taking up a previous rencontre's roadmap (roadmap-import.ts): from another workshop on this
 * server, or from its backup file. Organisers of the target only; the backup is read like a
 * workshop import (its size, the import rate limit, a worker thread). Mounted ahead of the
 * global JSON parser, as a backup is bigger than its limit. AUTH, VALIDATION, RESOLUTION.
 */
import express, { Router, type RequestHandler } from 'express';
import { roadmapImportBody, type RoadmapImportResult } from '@shared/followup';
import { idSchema } from '@shared/protocol';
import { AppError } from '../errors';
import { authorise, parseBody, requireToken } from '../http/auth';
import { limitKey } from '../http/client-key';
import { readBackupBody } from '../http/import-routes';
import type { ImportWorkers } from '../results/import-worker';
import type { RateLimits } from '../security/rate-limits';
import { RoadmapImport, type RoadmapImportDeps } from './roadmap-import';

type Deps = RoadmapImportDeps & { workers: ImportWorkers; limits: RateLimits };

const workshopOf = (value: unknown) => {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new AppError('not_found', 'No such workshop');
  return parsed.data;
};

export function roadmapImportRoutes({ workers, limits, ...deps }: Deps): Router {
  const routes = Router();
  const imports = new RoadmapImport(deps);
  const auth = requireToken(deps.authenticator);
  // AUTH before a large body is read.
  const organiser: RequestHandler = (req, _res, next) => {
    authorise(req, workshopOf(req.params.id), 'workshop.edit');
    next();
  };

  routes.post('/api/workshops/:id/roadmap/import', auth, organiser, express.json({ limit: '8kb' }), async (req, res) => {
    const claims = authorise(req, workshopOf(req.params.id), 'workshop.edit');
    const { fromWorkshopId, fromToken } = parseBody(roadmapImportBody, req.body);
    const result: RoadmapImportResult = await imports.fromWorkshop(claims, fromWorkshopId, fromToken);
    res.status(201).json(result);
  });

  routes.post('/api/workshops/:id/roadmap/import-backup', auth, organiser, async (req, _res, next) => {
    await limits.importWorkshop(limitKey(req));
    next();
  }, readBackupBody, async (req, res) => {
    const claims = authorise(req, workshopOf(req.params.id), 'workshop.edit');
    const body: unknown = req.body;
    const plan = await workers.plan(Buffer.isBuffer(body) ? body : new Uint8Array());
    const result: RoadmapImportResult = await imports.fromBackup(claims, plan);
    res.status(201).json(result);
  });

  return routes;
}
