/**
 * Profiles at joining (issue 15): the kind of structure and the organisation a participant
 * gives, who may read them, who may change them, and what erasing one's name takes away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, AuthorKindsResult, CreatedWorkshop, InviteLink, JoinResult, ParticipantInfo, RedeemResult } from '@shared/protocol';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;

const join = (body: unknown) => server.request<JoinResult & ApiError>('POST', '/api/join', body);
const participants = async () =>
  (await server.request<{ participants: ParticipantInfo[] }>('GET', `/api/workshops/${workshop.id}/participants`, undefined, workshop.organiserToken)).body.participants;
const profileOf = async (id: string) => (await participants()).find((p) => p.id === id);

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Rencontres ESS – Bordeaux');
});
afterAll(() => server.dispose());

describe('joining with a profile', () => {
  it('keeps the kind and the organisation with the participant', async () => {
    const res = await join({ code: workshop.joinCode, name: 'Zoé', profile: { kind: 'epci', organisation: '  Bordeaux Métropole ' } });
    expect(res.status).toBe(200);
    expect(res.body.profile).toEqual({ kind: 'epci', organisation: 'Bordeaux Métropole' });
    expect(await profileOf(res.body.participantId)).toEqual({ id: res.body.participantId, name: 'Zoé', kind: 'epci', organisation: 'Bordeaux Métropole' });
  });

  it('joins without one, or with a kind alone', async () => {
    const bare = await join({ code: workshop.joinCode, name: 'Léo' });
    expect(bare.body.profile).toEqual({ kind: null, organisation: null });
    const kindOnly = await join({ code: workshop.joinCode, name: 'Inès', profile: { kind: 'recherche' } });
    expect(await profileOf(kindOnly.body.participantId)).toMatchObject({ kind: 'recherche', organisation: null });
  });

  it('refuses an unknown kind, an organisation without a kind, and anything else', async () => {
    for (const profile of [
      { kind: 'mairie' },
      { kind: 'Commune' },
      { organisation: 'Ville de Pessac' },
      { kind: 'commune', organisation: '' },
      { kind: 'commune', organisation: 'x'.repeat(121) },
      { kind: 'commune', role: 'organiser' },
      'commune',
    ]) {
      const res = await join({ code: workshop.joinCode, name: 'Malo', profile });
      expect(res.status, JSON.stringify(profile)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
  });

  it('lets facilitators in by invitation without a profile', async () => {
    const link = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'facilitator' }, workshop.organiserToken);
    const redeemed = await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: link.body.token, name: 'Camille' });
    expect(redeemed.status).toBe(200);
    expect(redeemed.body.role).toBe('facilitator');
  });
});

describe('who reads profiles', () => {
  it('shows everyone in the workshop the kinds, never names or organisations', async () => {
    const zoe = (await join({ code: workshop.joinCode, name: 'Zoé B.', profile: { kind: 'scic', organisation: 'Scic Énergies' } })).body;
    const res = await server.request<AuthorKindsResult>('GET', `/api/workshops/${workshop.id}/kinds`, undefined, zoe.participantToken);
    expect(res.status).toBe(200);
    expect(res.body.authors).toContainEqual({ id: zoe.participantId, kind: 'scic' });
    expect(JSON.stringify(res.body)).not.toMatch(/Scic Énergies|Zoé/);
    // Names and organisations stay with those who may see authors.
    expect((await server.request('GET', `/api/workshops/${workshop.id}/participants`, undefined, zoe.participantToken)).status).toBe(403);
  });

  it('refuses another workshop’s token and no token', async () => {
    const other = await server.createWorkshop('Autre rencontre');
    expect((await server.request('GET', `/api/workshops/${workshop.id}/kinds`, undefined, other.organiserToken)).status).toBe(403);
    expect((await server.request('GET', `/api/workshops/${workshop.id}/kinds`)).status).toBe(401);
  });
});

describe('changing one’s profile', () => {
  it('changes the bearer’s own profile and name, nobody else’s', async () => {
    const ana = (await join({ code: workshop.joinCode, name: 'Ana', profile: { kind: 'commune', organisation: 'Ville de Bègles' } })).body;
    const tom = (await join({ code: workshop.joinCode, name: 'Tom', profile: { kind: 'association' } })).body;
    const res = await server.request<ParticipantInfo>('PATCH', '/api/me', { name: 'Ana M.', profile: { kind: 'departement', organisation: 'Gironde' } }, ana.participantToken);
    expect(res.body).toEqual({ id: ana.participantId, name: 'Ana M.', kind: 'departement', organisation: 'Gironde' });
    expect(await profileOf(ana.participantId)).toEqual(res.body);
    expect(await profileOf(tom.participantId)).toMatchObject({ name: 'Tom', kind: 'association', organisation: null });

    const cleared = await server.request<ParticipantInfo>('PATCH', '/api/me', { profile: null }, ana.participantToken);
    expect(cleared.body).toMatchObject({ name: 'Ana M.', kind: null, organisation: null });
  });

  it('refuses bad bodies, tokens that name no participant, and changes after archiving', async () => {
    const eve = (await join({ code: workshop.joinCode, name: 'Ève' })).body;
    for (const body of [{}, { profile: { kind: 'ong' } }, { participantId: eve.participantId, name: 'X' }, { name: '' }]) {
      const res = await server.request<ApiError>('PATCH', '/api/me', body, eve.participantToken);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
    // The organiser's token names no participant: there is no profile of theirs to change.
    expect((await server.request('PATCH', '/api/me', { profile: { kind: 'etat' } }, workshop.organiserToken)).status).toBe(404);
    expect((await server.request('PATCH', '/api/me', { profile: { kind: 'etat' } })).status).toBe(401);

    const archived = await server.createWorkshop('Rencontre close');
    const late = await server.join(archived.joinCode, 'Lou');
    await server.request('POST', `/api/workshops/${archived.id}/archive`, { archived: true }, archived.organiserToken);
    const res = await server.request<ApiError>('PATCH', '/api/me', { profile: { kind: 'etat' } }, late.participantToken);
    expect(res.status).toBe(403);
    expect(res.body.error.reason).toBe('archived');
  });

  it('erasing one’s name erases the organisation too, and keeps the kind', async () => {
    const noe = (await join({ code: workshop.joinCode, name: 'Noé Martin', profile: { kind: 'region', organisation: 'Région Nouvelle-Aquitaine' } })).body;
    const erased = await server.request<{ name: string }>('POST', '/api/me/erase-name', undefined, noe.participantToken);
    expect(erased.status).toBe(200);
    expect(await profileOf(noe.participantId)).toEqual({ id: noe.participantId, name: erased.body.name, kind: 'region', organisation: null });
  });
});
