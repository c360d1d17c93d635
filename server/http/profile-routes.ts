/**
 * Who participants speak for (issue 15): each one changes their own profile; everyone in
 * the workshop reads the kinds of structure behind the cards (badges, filters). The names
 * of organisations stay with those who may see authors (`GET /workshops/:id/participants`).
 */
import { Router, type RequestHandler } from 'express';
import { updateMeBody, type AuthorKindsResult } from '@shared/protocol';
import type { WorkshopService } from '../domain/workshop-service';
import { authorise, claimsOf, parseBody } from './auth';

interface Deps {
  workshops: WorkshopService;
  auth: RequestHandler;
  param: (value: string | string[] | undefined) => string;
}

export function profileRoutes({ workshops, auth, param }: Deps): Router {
  const routes = Router();

  routes.patch('/me', auth, async (req, res) => {
    // AUTH: any valid token; the participant changed is always its bearer.
    const claims = claimsOf(req);
    // VALIDATION: an unknown kind, or an organisation with no kind, is a 400.
    const body = parseBody(updateMeBody, req.body);
    // RESOLUTION
    res.json(await workshops.updateParticipant(claims, body));
  });

  routes.get('/workshops/:id/kinds', auth, async (req, res) => {
    // AUTH: anyone in the workshop: a kind of structure is what anonymity keeps (docs/protocol.md).
    const id = param(req.params.id);
    authorise(req, id, 'workshop.read');
    const authors = (await workshops.participants(id)).map(({ id: pid, kind }) => ({ id: pid, kind }));
    res.set('Cache-Control', 'no-store').json({ authors } satisfies AuthorKindsResult);
  });

  return routes;
}
