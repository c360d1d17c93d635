/**
 * Follow-up links (docs/protocol.md): organisers make one for an action ('links.manage');
 * the lead's page reads and writes with the follow-up token as its bearer, which no other
 * route accepts. Every handler reads AUTH, VALIDATION, RESOLUTION.
 */
import express, { Router, type Request } from 'express';
import { followupNoteBody, followupStatusBody, type FollowupLink } from '@shared/followup';
import { idSchema } from '@shared/protocol';
import { AppError } from '../errors';
import { authorise, parseBody, requireToken } from '../http/auth';
import { FollowupService, type FollowupDeps } from './followup-service';
import { FollowupTokens, cardIdSchema } from './followup-tokens';

type Deps = Omit<FollowupDeps, 'tokens'> & {
  /** The server's signing secret: follow-up tokens are signed with it under their own issuer. */
  secret: Uint8Array;
};

const bearerOf = (req: Request) => /^Bearer (.+)$/i.exec(req.get('authorization') ?? '')?.[1];

const param = (schema: typeof idSchema, value: unknown, what: string) => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('not_found', `No such ${what}`);
  return parsed.data;
};

export function followupRoutes({ secret, ...deps }: Deps): Router {
  const routes = Router();
  const followups = new FollowupService({ ...deps, tokens: new FollowupTokens(secret) });
  const json = express.json({ limit: '8kb' });

  routes.post('/api/boards/:boardId/actions/:cardId/followup', requireToken(deps.authenticator), async (req, res) => {
    // AUTH: the board's workshop is checked by the service against the token's.
    const claims = authorise(req, null, 'links.manage');
    // VALIDATION
    const boardId = param(idSchema, req.params.boardId, 'board');
    const cardId = param(cardIdSchema, req.params.cardId, 'action');
    // RESOLUTION
    const link: FollowupLink = { path: await followups.createLink(claims, boardId, cardId) };
    res.status(201).json(link);
  });

  routes.get('/api/followup', async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await followups.read(bearerOf(req)));
  });

  routes.post('/api/followup/status', json, async (req, res) => {
    const { status, name } = parseBody(followupStatusBody, req.body);
    res.json(await followups.setStatus(bearerOf(req), status, name));
  });

  routes.post('/api/followup/notes', json, async (req, res) => {
    const { text, name } = parseBody(followupNoteBody, req.body);
    res.status(201).json(await followups.addNote(bearerOf(req), text, name));
  });

  return routes;
}
