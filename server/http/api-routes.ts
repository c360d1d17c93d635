/** The JSON API. Every handler reads top to bottom: AUTH, VALIDATION, RESOLUTION. */
import { Router } from 'express';
import {
  archiveBody,
  columnBody,
  createLinkBody,
  createBoardBody,
  createWorkshopBody,
  idSchema,
  joinBody,
  redeemBody,
  renameBody,
  reorderBody,
  revokeLinksBody,
  updateWorkshopBody,
  type CreatedWorkshop,
  type ParticipantInfo,
} from '@shared/protocol';
import { currentBoardBody } from '@shared/current-board';
import type { Authenticator } from '../auth/authenticator';
import type { BoardStats } from '../docs/board-stats';
import type { FacilitationService } from '../domain/facilitation-service';
import type { InviteLinks } from '../domain/invite-links';
import type { PrivateDrafts } from '../domain/private-drafts';
import type { SynthesisService } from '../domain/synthesis-service';
import type { Retention } from '../domain/retention';
import type { WorkshopService } from '../domain/workshop-service';
import { AppError } from '../errors';
import type { WorkshopSnapshots } from '../results/workshop-snapshot';
import type { RateLimits } from '../security/rate-limits';
import { resultsRoutes } from './results-routes';
import { synthesisRoutes } from './synthesis-routes';
import { dashboardRoutes } from './dashboard-routes';
import { privacyRoutes } from './privacy-routes';
import { profileRoutes } from './profile-routes';
import { workshopCardsRoutes } from './workshop-cards-routes';
import { authorise, parseBody, requireToken } from './auth';
import { limitKey } from './client-key';

interface Deps {
  workshops: WorkshopService;
  links: InviteLinks;
  drafts: PrivateDrafts;
  facilitation: FacilitationService;
  authenticator: Authenticator;
  stats: BoardStats;
  snapshots: WorkshopSnapshots;
  synthesis: SynthesisService;
  retention: Retention;
  limits: RateLimits;
  createKey: string | undefined;
}

export function apiRoutes(deps: Deps): Router {
  const { workshops, links, drafts, facilitation, authenticator, stats, snapshots, synthesis, retention, limits, createKey } = deps;
  const api = Router();
  const auth = requireToken(authenticator);
  const param = (value: string | string[] | undefined) => {
    const parsed = idSchema.safeParse(value);
    if (!parsed.success) throw new AppError('not_found', 'No such resource');
    return parsed.data;
  };

  api.post('/workshops', async (req, res) => {
    // AUTH: open unless CREATE_KEY is set (public servers).
    if (createKey && req.get('x-create-key') !== createKey) {
      throw new AppError('forbidden', 'Creating a workshop needs the server’s creation key');
    }
    await limits.createWorkshop(limitKey(req));
    const body = parseBody(createWorkshopBody, req.body);
    const created = await workshops.create(body);
    const organiserLink = await links.create(created.id, 'organiser');
    res.status(201).json({ ...created, organiserLink } satisfies CreatedWorkshop);
  });

  api.post('/join', async (req, res) => {
    const body = parseBody(joinBody, req.body);
    // Wrong and archived codes count against the address and the code; successes never do.
    res.json(await limits.join(limitKey(req), body.code, () => workshops.join(body.code, body.name, body.profile)));
  });

  api.get('/workshops/:id', auth, async (req, res) => {
    const id = param(req.params.id);
    authorise(req, id, 'workshop.read');
    res.json(await workshops.get(id));
  });

  api.get('/workshops/:id/activity', auth, async (req, res) => {
    const id = param(req.params.id);
    authorise(req, id, 'workshop.read');
    const { boards, currentBoardId } = await workshops.get(id);
    // The board being run rides along: the workshop page already asks at this pace.
    res.json({ boards: await Promise.all(boards.map((b) => stats.of(b.id))), currentBoardId: currentBoardId ?? null });
  });

  api.get('/workshops/:id/participants', auth, async (req, res) => {
    // AUTH: who wrote what stays visible to facilitators even on anonymous boards.
    const id = param(req.params.id);
    authorise(req, id, 'authors.see');
    const participants: ParticipantInfo[] = (await workshops.participants(id)).map(({ id: pid, name, kind, organisation }) => ({ id: pid, name, kind, organisation }));
    res.json({ participants });
  });

  api.patch('/workshops/:id', auth, async (req, res) => {
    const id = param(req.params.id);
    authorise(req, id, 'workshop.edit');
    const body = parseBody(updateWorkshopBody, req.body);
    res.json(await workshops.update(id, body));
  });

  api.put('/workshops/:id/current-board', auth, async (req, res) => {
    // AUTH: a facilitator of that board, or of the whole workshop (organisers included) to
    // clear it: a facilitator kept to one board never moves the room away from another's.
    const id = param(req.params.id);
    const claims = authorise(req, id, 'board.facilitate');
    // VALIDATION
    const { boardId } = parseBody(currentBoardBody, req.body);
    if (boardId === null ? claims.bid !== undefined : !facilitation.isFacilitator(claims, boardId)) {
      throw new AppError('forbidden', 'Only a facilitator of this board can do this');
    }
    // RESOLUTION
    res.json(await workshops.setCurrentBoard(id, boardId));
  });

  api.post('/workshops/:id/archive', auth, async (req, res) => {
    const id = param(req.params.id);
    authorise(req, id, 'workshop.archive');
    const { archived } = parseBody(archiveBody, req.body);
    const workshop = await workshops.setArchived(id, archived);
    facilitation.archive(id, archived);
    if (!archived) return void res.json(workshop);
    // The retention check runs at once, so a period of 0 days means "at archiving", not up
    // to an hour later; a failure there is logged and retried, and never undoes the archive.
    await retention.runOnce();
    res.json(await workshops.get(id));
  });

  api.post('/workshops/:id/links', auth, async (req, res) => {
    const id = param(req.params.id);
    authorise(req, id, 'links.manage');
    const body = parseBody(createLinkBody, req.body);
    res.status(201).json(await links.create(id, body.role, body.boardId));
  });

  api.post('/workshops/:id/links/revoke', auth, async (req, res) => {
    const id = param(req.params.id);
    authorise(req, id, 'links.manage');
    const { role } = parseBody(revokeLinksBody, req.body);
    await links.revoke(id, role);
    res.json(await workshops.get(id));
  });

  api.post('/workshops/:id/organiser/revoke', auth, async (req, res) => {
    // AUTH: organisers only; every organiser session ends, the caller's too, who stays in
    // with the fresh token of the answer.
    const id = param(req.params.id);
    const claims = authorise(req, id, 'links.manage');
    res.json({ organiserToken: await links.revokeOrganisers(id, claims) });
  });

  api.post('/invites/redeem', async (req, res) => {
    await limits.redeem(limitKey(req));
    const body = parseBody(redeemBody, req.body);
    res.json(await links.redeem(body.invite, body.name));
  });

  api.post('/workshops/:id/boards', auth, async (req, res) => {
    const id = param(req.params.id);
    authorise(req, id, 'board.structure');
    const body = parseBody(createBoardBody, req.body);
    res.status(201).json(await workshops.addBoard(id, body.title, body.columns));
  });

  api.put('/workshops/:id/boards/order', auth, async (req, res) => {
    const id = param(req.params.id);
    authorise(req, id, 'board.structure');
    const body = parseBody(reorderBody, req.body);
    res.json({ boards: await workshops.reorderBoards(id, body.ids) });
  });

  api.get('/boards/:id/drafts', auth, async (req, res) => {
    // AUTH: a facilitator of this board (drafts are counted, never shown).
    const claims = authorise(req, null, 'board.facilitate');
    const boardId = param(req.params.id);
    await workshops.boardFor(claims, boardId);
    if (!facilitation.isFacilitator(claims, boardId)) throw new AppError('forbidden', 'Only a facilitator of this board can do this');
    res.json({ authors: await drafts.authors(claims.wid, boardId) });
  });

  api.patch('/boards/:id', auth, async (req, res) => {
    const claims = authorise(req, null, 'board.structure');
    const body = parseBody(renameBody, req.body);
    res.json(await workshops.renameBoard(claims, param(req.params.id), body.title));
  });

  api.delete('/boards/:id', auth, async (req, res) => {
    const claims = authorise(req, null, 'board.structure');
    await workshops.removeBoard(claims, param(req.params.id));
    res.status(204).end();
  });

  api.post('/boards/:id/columns', auth, async (req, res) => {
    const claims = authorise(req, null, 'board.structure');
    const body = parseBody(columnBody, req.body);
    res.status(201).json(await workshops.addColumn(claims, param(req.params.id), body.title));
  });

  api.put('/boards/:id/columns/order', auth, async (req, res) => {
    const claims = authorise(req, null, 'board.structure');
    const body = parseBody(reorderBody, req.body);
    res.json(await workshops.reorderColumns(claims, param(req.params.id), body.ids));
  });

  api.patch('/boards/:id/columns/:columnId', auth, async (req, res) => {
    const claims = authorise(req, null, 'board.structure');
    const body = parseBody(columnBody, req.body);
    res.json(await workshops.renameColumn(claims, param(req.params.id), param(req.params.columnId), body.title));
  });

  api.delete('/boards/:id/columns/:columnId', auth, async (req, res) => {
    const claims = authorise(req, null, 'board.structure');
    const boardId = param(req.params.id);
    const columnId = param(req.params.columnId);
    await workshops.boardFor(claims, boardId);
    const cards = await stats.cardsInColumn(boardId, columnId);
    res.json(await workshops.removeColumn(claims, boardId, columnId, cards));
  });

  api.use(resultsRoutes({ workshops, snapshots, auth, param }));
  api.use(synthesisRoutes({ synthesis, facilitation, auth, param }));
  api.use(dashboardRoutes({ snapshots, auth, param }));
  api.use(privacyRoutes({ workshops, retention, auth, param }));
  api.use(profileRoutes({ workshops, auth, param }));
  api.use(workshopCardsRoutes({ snapshots, auth, param }));

  api.use((_req, _res) => {
    throw new AppError('not_found', 'No such API route');
  });
  return api;
}
