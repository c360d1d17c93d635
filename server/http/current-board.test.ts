import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedWorkshop, InviteLink, RedeemResult, WorkshopInfo } from '@shared/protocol';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;

const route = (w: { id: string }) => `/api/workshops/${w.id}/current-board`;
const boardAt = (w: CreatedWorkshop, i: number) => w.boards[i]!.id;

/** A facilitator's token, for the whole workshop or for one board. */
async function facilitator(w: CreatedWorkshop, boardId?: string): Promise<string> {
  const link = await server.request<InviteLink>('POST', `/api/workshops/${w.id}/links`, { role: 'facilitator', ...(boardId ? { boardId } : {}) }, w.organiserToken);
  const redeemed = await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: link.body.token, name: 'Malik' });
  return redeemed.body.token;
}

const currentOf = async (w: CreatedWorkshop, token: string) =>
  (await server.request<WorkshopInfo>('GET', `/api/workshops/${w.id}`, undefined, token)).body.currentBoardId;

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Rencontres ESS – Nantes');
});
afterAll(() => server.dispose());

describe('PUT /api/workshops/:id/current-board', () => {
  it('is set by a facilitator, and participants read it with the workshop', async () => {
    const participant = await server.join(workshop.joinCode, 'Léa');
    expect(await currentOf(workshop, participant.participantToken)).toBeNull();
    const set = await server.request<WorkshopInfo>('PUT', route(workshop), { boardId: boardAt(workshop, 1) }, await facilitator(workshop));
    expect(set.status).toBe(200);
    expect(set.body.currentBoardId).toBe(boardAt(workshop, 1));
    expect(await currentOf(workshop, participant.participantToken)).toBe(boardAt(workshop, 1));
    // The workshop page's periodic read says it too.
    const activity = await server.request<{ currentBoardId: string | null }>('GET', `/api/workshops/${workshop.id}/activity`, undefined, participant.participantToken);
    expect(activity.body.currentBoardId).toBe(boardAt(workshop, 1));
  });

  it('is cleared by the organiser with null', async () => {
    await server.request('PUT', route(workshop), { boardId: boardAt(workshop, 0) }, workshop.organiserToken);
    const cleared = await server.request<WorkshopInfo>('PUT', route(workshop), { boardId: null }, workshop.organiserToken);
    expect(cleared.status).toBe(200);
    expect(cleared.body.currentBoardId).toBeNull();
  });

  it('is refused to participants, viewers, and a facilitator of another board', async () => {
    const participant = await server.join(workshop.joinCode, 'Hugo');
    const viewerLink = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'viewer' }, workshop.organiserToken);
    const viewer = await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: viewerLink.body.token, name: 'Écran' });
    const ofFirstBoard = await facilitator(workshop, boardAt(workshop, 0));
    const body = { boardId: boardAt(workshop, 2) };
    for (const token of [participant.participantToken, viewer.body.token, ofFirstBoard]) {
      const refused = await server.request<{ error: { code: string } }>('PUT', route(workshop), body, token);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
    }
    // Kept to one board: may point at it, never clear another's choice.
    expect((await server.request('PUT', route(workshop), { boardId: boardAt(workshop, 0) }, ofFirstBoard)).status).toBe(200);
    expect((await server.request('PUT', route(workshop), { boardId: null }, ofFirstBoard)).status).toBe(403);
    expect((await server.request('PUT', route(workshop), body)).status).toBe(401);
  });

  it('refuses a board of another workshop, an unknown board and a malformed body', async () => {
    const other = await server.createWorkshop('Autre atelier');
    const foreign = await server.request<{ error: { code: string } }>('PUT', route(workshop), { boardId: boardAt(other, 0) }, workshop.organiserToken);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('forbidden');
    // A token of another workshop is refused before the board is looked at.
    expect((await server.request('PUT', route(workshop), { boardId: boardAt(workshop, 0) }, other.organiserToken)).status).toBe(403);
    expect((await server.request('PUT', route(workshop), { boardId: 'no-such-board' }, workshop.organiserToken)).status).toBe(404);
    for (const body of [{}, { boardId: 42 }, { boardId: 'not*an*id' }, { boardId: null, extra: true }]) {
      const bad = await server.request<{ error: { code: string } }>('PUT', route(workshop), body, workshop.organiserToken);
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('invalid_request');
    }
    expect(await currentOf(workshop, workshop.organiserToken)).toBe(boardAt(workshop, 0));
  });

  it('is refused while the workshop is archived', async () => {
    const archived = await server.createWorkshop('Atelier clos');
    await server.request('POST', `/api/workshops/${archived.id}/archive`, { archived: true }, archived.organiserToken);
    const refused = await server.request<{ error: { code: string; reason?: string } }>('PUT', route(archived), { boardId: boardAt(archived, 0) }, archived.organiserToken);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden', reason: 'archived' });
    expect(await currentOf(archived, archived.organiserToken)).toBeNull();
  });

  it('is cleared when that board is deleted', async () => {
    const own = await server.createWorkshop('Atelier à tableaux');
    await server.request('PUT', route(own), { boardId: boardAt(own, 1) }, own.organiserToken);
    expect((await server.request('DELETE', `/api/boards/${boardAt(own, 0)}`, undefined, own.organiserToken)).status).toBe(204);
    expect(await currentOf(own, own.organiserToken)).toBe(boardAt(own, 1));
    expect((await server.request('DELETE', `/api/boards/${boardAt(own, 1)}`, undefined, own.organiserToken)).status).toBe(204);
    expect(await currentOf(own, own.organiserToken)).toBeNull();
  });
});
