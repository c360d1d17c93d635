/**
 * RGPD actions: the organiser anonymises an archived workshop now; anyone erases their
 * own name. The retention period itself is set with PATCH /workshops/:id.
 */
import { Router, type RequestHandler } from 'express';
import type { Retention } from '../domain/retention';
import type { WorkshopService } from '../domain/workshop-service';
import { AppError } from '../errors';
import { authorise, claimsOf } from './auth';

interface Deps {
  workshops: WorkshopService;
  retention: Retention;
  auth: RequestHandler;
  param: (value: string | string[] | undefined) => string;
}

export function privacyRoutes({ workshops, retention, auth, param }: Deps): Router {
  const routes = Router();

  routes.post('/workshops/:id/anonymise', auth, async (req, res) => {
    // AUTH: organisers only (same right as archiving, which this completes).
    const id = param(req.params.id);
    authorise(req, id, 'workshop.archive');
    const workshop = await workshops.requireWorkshop(id);
    // On a live workshop, people would go on writing under their names: archive first.
    if (workshop.archivedAt === null) throw new AppError('conflict', 'Archive the workshop before anonymising it');
    await retention.anonymiseWorkshop(id);
    res.json(await workshops.get(id));
  });

  routes.post('/me/erase-name', auth, async (req, res) => {
    // AUTH: any valid token; it can only ever erase its own bearer's name.
    const { wid, pid } = claimsOf(req);
    res.json({ name: await retention.eraseName(wid, pid) });
  });

  return routes;
}
