/**
 * The public restitution's API (issue 15 §3): who publishes, that the path stays when the
 * choice changes, that a withdrawal holds at once, and that the public data carries no
 * names, organisations, ids or join code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard } from '@shared/board-model';
import type { ApiError, BoardInfo, CreatedWorkshop, InviteLink, JoinResult, RedeemResult } from '@shared/protocol';
import { PUBLICATION_WITHDRAWN, type PublicationChoice, type Restitution } from '@shared/publication';
import { setRoadmapFields } from '@shared/roadmap';
import { connectSocketIO, waitSaved, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
let mayor: JoinResult;
let coop: JoinResult;
let facilitatorToken: string;
const closing: SioClient[] = [];
const NAMES = ['Paulette Mairesse', 'Rita Cooper', 'Camille Anima'];
const ORGANISATIONS = ['Mairie de Pessac', 'Scic Bois Local'];

const board = (i: number): BoardInfo => workshop.boards[i]!;
const publish = (body: unknown, token = workshop.organiserToken) =>
  server.request<PublicationChoice & ApiError>('POST', `/api/workshops/${workshop.id}/publication`, body, token);
const publicRead = (path: string) => server.request<Restitution & ApiError>('GET', `/api/publications/${path.slice('/r/'.length)}`);

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Rencontres ESS Gironde');
  const join = async (name: string, profile: unknown) => (await server.request<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name, profile })).body;
  mayor = await join(NAMES[0]!, { kind: 'commune', organisation: ORGANISATIONS[0] });
  coop = await join(NAMES[1]!, { kind: 'scic', organisation: ORGANISATIONS[1] });
  const link = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'facilitator' }, workshop.organiserToken);
  facilitatorToken = (await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: link.body.token, name: NAMES[2] })).body.token;

  const roadmap = workshop.boards.find((b) => b.kind === 'roadmap')!;
  const [paul, rita, organiser] = await Promise.all([
    connectSocketIO(server.url, board(0).id, mayor.participantToken),
    connectSocketIO(server.url, board(1).id, coop.participantToken),
    connectSocketIO(server.url, roadmap.id, workshop.organiserToken),
  ]);
  closing.push(paul, rita, organiser);
  addCard(paul.doc, { id: 'card-commune', column: board(0).columns[0]!.id, author: mayor.participantId, authorName: NAMES[0]!, text: 'Un guichet unique' });
  addCard(rita.doc, { id: 'card-scic', column: board(1).columns[0]!.id, author: coop.participantId, authorName: NAMES[1]!, text: 'Entrer au capital' });
  addCard(organiser.doc, { id: 'action-1', column: roadmap.columns[0]!.id, author: 'organiser', authorName: '', text: 'Ouvrir un guichet' });
  setRoadmapFields(organiser.doc, 'action-1', { leadKind: 'epci', leadName: 'Bordeaux Métropole', partners: 'CRESS', due: '2027-06-30', status: 'doing' });
  // Saved means stored: the restitution reads storage through the registry.
  await Promise.all(closing.map((c) => waitSaved(c.provider)));
});
afterAll(async () => {
  for (const c of closing) c.provider.destroy();
  await server.dispose();
});

describe('publishing', () => {
  it('refuses participants and facilitators', async () => {
    expect((await publish({ boards: [] }, mayor.participantToken)).status).toBe(403);
    expect((await publish({ boards: [] }, facilitatorToken)).status).toBe(403);
    expect((await server.request('GET', `/api/workshops/${workshop.id}/publication`, undefined, facilitatorToken)).status).toBe(403);
    expect((await server.request('DELETE', `/api/workshops/${workshop.id}/publication`, undefined, mayor.participantToken)).status).toBe(403);
  });

  it('refuses boards of another workshop, twice the same board and unknown fields', async () => {
    const other = await server.createWorkshop('Autre atelier');
    for (const body of [{ boards: [other.boards[0]!.id] }, { boards: [board(0).id, board(0).id] }, { boards: [], public: true }, { boards: 'all' }]) {
      const res = await publish(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
  });

  it('answers 201 with an unguessable path, then keeps it when the choice changes', async () => {
    expect((await server.request('GET', `/api/workshops/${workshop.id}/publication`, undefined, workshop.organiserToken)).status).toBe(404);
    const first = await publish({ boards: [board(0).id] });
    expect(first.status).toBe(201);
    expect(first.body.path).toMatch(/^\/r\/[A-Za-z0-9_-]{32}$/);
    expect(first.body).toMatchObject({ boards: [board(0).id], indexable: false });
    const again = await publish({ boards: [board(0).id, board(1).id], indexable: true });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ path: first.body.path, boards: [board(0).id, board(1).id], indexable: true, publishedAt: first.body.publishedAt });
    const current = await server.request<PublicationChoice>('GET', `/api/workshops/${workshop.id}/publication`, undefined, workshop.organiserToken);
    expect(current.body).toEqual(again.body);
  });
});

describe('the public restitution', () => {
  it('is read without a token: title, participation by kind, chosen boards, top cards, roadmap', async () => {
    const { body: choice } = await publish({ boards: [board(0).id, board(1).id] });
    const res = await publicRead(choice.path);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.workshop.title).toBe('Rencontres ESS Gironde');
    expect(r.participation).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'commune', participants: 1, cards: 1 }), expect.objectContaining({ kind: 'scic', participants: 1, cards: 1 })]),
    );
    expect(r.boards.map((b) => b.title)).toEqual([board(0).title, board(1).title]);
    expect(r.boards[0]!.columns[0]!.cards).toEqual([{ text: 'Un guichet unique', kind: 'commune', votes: 0 }]);
    expect(r.roadmap).toEqual([{ text: 'Ouvrir un guichet', leadKind: 'epci', leadName: 'Bordeaux Métropole', partners: 'CRESS', due: '2027-06-30', status: 'doing' }]);
  });

  it('holds no participant name, organisation, id, token or join code', async () => {
    const { body: choice } = await publish({ boards: workshop.boards.map((b) => b.id), indexable: true });
    const res = await fetch(`${server.url}/api/publications/${choice.path.slice(3)}`);
    const text = await res.text();
    for (const secret of [...NAMES, ...ORGANISATIONS, mayor.participantId, coop.participantId, mayor.participantToken, workshop.joinCode, workshop.id, ...workshop.boards.map((b) => b.id)]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(res.headers.get('x-robots-tag')).toBeNull();
    expect((await fetch(`${server.url}${choice.path}`)).headers.get('x-robots-tag')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('asks search engines not to index it unless the organiser opted in', async () => {
    const { body: choice } = await publish({ boards: [] });
    const res = await fetch(`${server.url}/api/publications/${choice.path.slice(3)}`);
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    const page = await fetch(`${server.url}${choice.path}`);
    expect(page.headers.get('x-robots-tag')).toBe('noindex');
  });

  it('previews a choice for organisers only, without publishing it', async () => {
    const preview = (query: string, token: string) => server.request<Restitution>('GET', `/api/workshops/${workshop.id}/publication/preview?${query}`, undefined, token);
    const res = await preview(`boards=${board(1).id}`, workshop.organiserToken);
    expect(res.status).toBe(200);
    expect(res.body.boards.map((b) => b.title)).toEqual([board(1).title]);
    expect((await preview('boards=', facilitatorToken)).status).toBe(403);
    expect((await preview('boards=nope!', workshop.organiserToken)).status).toBe(400);
  });

  it('answers 404 to an unknown or malformed path', async () => {
    expect((await publicRead(`/r/${'x'.repeat(32)}`)).status).toBe(404);
    expect((await publicRead('/r/short')).status).toBe(404);
  });
});

describe('withdrawing', () => {
  it('answers 204, then the old path answers 410 and publishing again gives a new path', async () => {
    const { body: choice } = await publish({ boards: [board(0).id] });
    const res = await server.request('DELETE', `/api/workshops/${workshop.id}/publication`, undefined, workshop.organiserToken);
    expect(res.status).toBe(204);
    const gone = await publicRead(choice.path);
    expect(gone.status).toBe(410);
    expect(gone.body.error.reason).toBe(PUBLICATION_WITHDRAWN);
    expect((await server.request('GET', `/api/workshops/${workshop.id}/publication`, undefined, workshop.organiserToken)).status).toBe(404);
    expect((await server.request('DELETE', `/api/workshops/${workshop.id}/publication`, undefined, workshop.organiserToken)).status).toBe(404);
    const next = await publish({ boards: [] });
    expect(next.status).toBe(201);
    expect(next.body.path).not.toBe(choice.path);
    expect((await publicRead(choice.path)).status).toBe(410);
  });
});
