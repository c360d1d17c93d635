/** Cards of a workshop's boards other than roadmaps, for linking roadmap actions to them. */
import { Router, type RequestHandler } from 'express';
import type { WorkshopCardsResponse } from '@shared/workshop-cards';
import type { WorkshopSnapshots } from '../results/workshop-snapshot';
import { authorise } from './auth';

interface Deps {
  snapshots: WorkshopSnapshots;
  auth: RequestHandler;
  param: (value: string | string[] | undefined) => string;
}

export function workshopCardsRoutes({ snapshots, auth, param }: Deps): Router {
  const routes = Router();

  routes.get('/workshops/:id/cards', auth, async (req, res) => {
    // AUTH: anyone of the workshop; they can open every board of it anyway.
    const id = param(req.params.id);
    authorise(req, id, 'workshop.read');
    // RESOLUTION: live documents, through the registry; empty cards answer nothing.
    const body: WorkshopCardsResponse = { cards: await snapshots.cardTexts(id) };
    res.set('Cache-Control', 'no-store').json(body);
  });

  return routes;
}
