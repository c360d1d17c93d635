/**
 * Moderation's API (docs/protocol.md): hiding and showing cards, and a controlled board's
 * inbox. Each route reads its ids from the path (a malformed one names nothing: 404), its body
 * through the schemas of shared/protocol.ts, then hands over to the services, which check rights.
 */
import { Router } from 'express';
import { hideCardBody, idSchema, inboxCardBody } from '@shared/protocol';
import type { HiddenCardList, InboxList } from '@shared/moderation';
import type { Authenticator } from '../auth/authenticator';
import { AppError } from '../errors';
import { claimsOf, parseBody, requireToken } from '../http/auth';
import type { HiddenCards } from './hidden-cards';
import type { Inbox } from './inbox';

interface Deps {
  authenticator: Authenticator;
  hidden: HiddenCards;
  inbox: Inbox;
}

function pathId(value: unknown): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new AppError('not_found', 'No such resource');
  return parsed.data;
}

export function moderationRoutes({ authenticator, hidden, inbox }: Deps): Router {
  const routes = Router();
  const auth = requireToken(authenticator);

  routes.get('/boards/:id/hidden', auth, async (req, res) => {
    const body: HiddenCardList = { cards: await hidden.list(claimsOf(req), pathId(req.params.id)) };
    res.json(body);
  });

  routes.post('/boards/:id/cards/:cardId/hide', auth, async (req, res) => {
    const { reason } = parseBody(hideCardBody, req.body);
    await hidden.hide(claimsOf(req), pathId(req.params.id), pathId(req.params.cardId), reason);
    res.status(204).end();
  });

  routes.post('/boards/:id/cards/:cardId/unhide', auth, async (req, res) => {
    await hidden.show(claimsOf(req), pathId(req.params.id), pathId(req.params.cardId));
    res.status(204).end();
  });

  routes.get('/boards/:id/inbox', auth, async (req, res) => {
    const body: InboxList = { cards: await inbox.list(claimsOf(req), pathId(req.params.id)) };
    res.json(body);
  });

  routes.post('/boards/:id/inbox', auth, async (req, res) => {
    const card = parseBody(inboxCardBody, req.body);
    res.status(201).json(await inbox.add(claimsOf(req), pathId(req.params.id), card));
  });

  routes.post('/boards/:id/inbox/accept-all', auth, async (req, res) => {
    res.json({ accepted: await inbox.acceptAll(claimsOf(req), pathId(req.params.id)) });
  });

  routes.post('/boards/:id/inbox/:itemId/accept', auth, async (req, res) => {
    res.json({ cardId: await inbox.accept(claimsOf(req), pathId(req.params.id), pathId(req.params.itemId)) });
  });

  routes.post('/boards/:id/inbox/:itemId/refuse', auth, async (req, res) => {
    await inbox.refuse(claimsOf(req), pathId(req.params.id), pathId(req.params.itemId));
    res.status(204).end();
  });

  routes.delete('/boards/:id/inbox/:itemId', auth, async (req, res) => {
    await inbox.withdraw(claimsOf(req), pathId(req.params.id), pathId(req.params.itemId));
    res.status(204).end();
  });

  return routes;
}
