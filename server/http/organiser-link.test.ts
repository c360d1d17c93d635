import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedWorkshop, InviteLink, RedeemResult, WorkshopInfo } from '@shared/protocol';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;

const tokenOf = (link: InviteLink) => link.path.replace('/invite/', '');

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Rencontres ESS – Lyon');
});
afterAll(() => server.dispose());

describe('the organiser link', () => {
  it('comes with a new workshop and makes any browser an organiser under its own name', async () => {
    expect(workshop.organiserLink).toMatchObject({ role: 'organiser', boardId: null });
    expect(workshop.organiserLink.path).toMatch(/^\/invite\/ey/);

    const redeemed = await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: tokenOf(workshop.organiserLink), name: 'Claire (salle)' });
    expect(redeemed.status).toBe(200);
    expect(redeemed.body).toMatchObject({ workshopId: workshop.id, role: 'organiser', name: 'Claire (salle)' });
    // Organiser rights: the join code and the links that only organisers may make.
    const seen = await server.request<WorkshopInfo>('GET', `/api/workshops/${workshop.id}`, undefined, redeemed.body.token);
    expect(seen.body.joinCode).toBe(workshop.joinCode);
    const made = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'organiser' }, redeemed.body.token);
    expect(made.status).toBe(201);
    expect(made.body.role).toBe('organiser');
  });

  it('is made by organisers only, for the whole workshop', async () => {
    const participant = await server.join(workshop.joinCode, 'Léa');
    const refused = await server.request('POST', `/api/workshops/${workshop.id}/links`, { role: 'organiser' }, participant.participantToken);
    expect(refused.status).toBe(403);
    const facilitatorLink = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'facilitator' }, workshop.organiserToken);
    const facilitator = await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: facilitatorLink.body.token, name: 'Malik' });
    const byFacilitator = await server.request('POST', `/api/workshops/${workshop.id}/links`, { role: 'organiser' }, facilitator.body.token);
    expect(byFacilitator.status).toBe(403);
    const forOneBoard = await server.request('POST', `/api/workshops/${workshop.id}/links`, { role: 'organiser', boardId: workshop.boards[0]!.id }, workshop.organiserToken);
    expect(forOneBoard.status).toBe(400);
  });

  it('regenerated, ends every organiser link and session but the caller’s', async () => {
    const own = await server.createWorkshop('Rencontres 2027');
    const coOrganiser = await server.request<InviteLink>('POST', `/api/workshops/${own.id}/links`, { role: 'organiser' }, own.organiserToken);
    const elsewhere = await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: coOrganiser.body.token, name: 'Bureau' });
    expect(elsewhere.status).toBe(200);

    const revoked = await server.request<{ organiserToken: string }>('POST', `/api/workshops/${own.id}/organiser/revoke`, undefined, own.organiserToken);
    expect(revoked.status).toBe(200);

    for (const invite of [tokenOf(own.organiserLink), coOrganiser.body.token]) {
      expect((await server.request('POST', '/api/invites/redeem', { invite, name: 'Ancien lien' })).status).toBe(401);
    }
    expect((await server.request('GET', `/api/workshops/${own.id}`, undefined, elsewhere.body.token)).status).toBe(401);
    expect((await server.request('GET', `/api/workshops/${own.id}`, undefined, own.organiserToken)).status).toBe(401);

    const fresh = await server.request<InviteLink>('POST', `/api/workshops/${own.id}/links`, { role: 'organiser' }, revoked.body.organiserToken);
    const again = await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: fresh.body.token, name: 'Salle' });
    expect(again.body.role).toBe('organiser');
  });
});
