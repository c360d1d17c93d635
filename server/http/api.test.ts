import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isJoinCode } from '@shared/join-code';
import type { BoardInfo, CreatedWorkshop, WorkshopInfo } from '@shared/protocol';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Rencontres ESS – Lyon');
});
afterAll(() => server.dispose());

describe('creating and joining a workshop', () => {
  it('answers health checks', async () => {
    expect(await server.request('GET', '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('creates a workshop from the Rencontre ESS template', () => {
    expect(isJoinCode(workshop.joinCode)).toBe(true);
    expect(workshop.organiserToken).toMatch(/^ey/);
    expect(workshop.boards.map((b) => b.title)).toEqual([
      'Difficultés',
      'Pratiques',
      'Enseignements SCIC',
      'Feuille de route',
    ]);
    expect(workshop.boards[3]?.columns.map((c) => c.title)).toEqual(['Dans les 6 mois', 'Dans l’année', 'Plus tard']);
    expect(workshop.boards.map((b) => b.kind)).toEqual(['board', 'board', 'board', 'roadmap']);
  });

  it('creates a blank workshop with date and place', async () => {
    const res = await server.request<CreatedWorkshop>('POST', '/api/workshops', {
      title: 'Atelier',
      template: 'blank',
      date: '2026-12-03',
      place: 'Hôtel de la Métropole',
    });
    expect(res.status).toBe(201);
    expect(res.body.boards).toHaveLength(1);
    expect(res.body.place).toBe('Hôtel de la Métropole');
  });

  it('refuses invalid bodies with a clear error', async () => {
    for (const body of [{}, { title: '' }, { title: 'x', template: 'nope' }, { title: 'x', extra: 1 }, { title: 'x', date: '3/12' }, { title: 'x', date: '2026-02-30' }, { title: 'x', date: '2026-13-01' }]) {
      const res = await server.request<{ error: { code: string; message: string } }>('POST', '/api/workshops', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(res.body.error.message.length).toBeGreaterThan(0);
    }
    const notJson = await server.request<{ error: { code: string } }>('POST', '/api/workshops', '{"title":');
    expect(notJson.status).toBe(400);
  });

  it('refuses bodies over the size limit', async () => {
    const res = await server.request<{ error: { code: string } }>('POST', '/api/workshops', {
      title: 'x'.repeat(2_000_000),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('joins by code, in any case and with dashes', async () => {
    const code = workshop.joinCode.toLowerCase().replace(/^(...)/, '$1-');
    const res = await server.request<{ workshopId: string; participantToken: string; boards: BoardInfo[] }>(
      'POST',
      '/api/join',
      { code, name: 'Camille' },
    );
    expect(res.status).toBe(200);
    expect(res.body.workshopId).toBe(workshop.id);
    expect(res.body.boards).toHaveLength(4);
  });

  it('answers 404 to an unknown code', async () => {
    const res = await server.request<{ error: { code: string } }>('POST', '/api/join', { code: 'AAAAAA', name: 'X' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('reading a workshop', () => {
  it('needs a token of that workshop', async () => {
    const other = await server.createWorkshop('Autre');
    const route = `/api/workshops/${workshop.id}`;
    expect((await server.request('GET', route)).status).toBe(401);
    expect((await server.request('GET', route, undefined, 'forged.token.value')).status).toBe(401);
    expect((await server.request('GET', route, undefined, other.organiserToken)).status).toBe(403);
    const ok = await server.request<WorkshopInfo>('GET', route, undefined, workshop.organiserToken);
    expect(ok.status).toBe(200);
    expect(ok.body.title).toBe('Rencontres ESS – Lyon');
  });

  it('lets a participant read it', async () => {
    const joined = await server.join(workshop.joinCode, 'Dominique');
    const res = await server.request<WorkshopInfo>('GET', `/api/workshops/${workshop.id}`, undefined, joined.participantToken);
    expect(res.status).toBe(200);
    expect(res.body.boards).toHaveLength(4);
  });

  it('reports live activity per board', async () => {
    const res = await server.request<{ boards: { boardId: string; cards: number }[] }>(
      'GET',
      `/api/workshops/${workshop.id}/activity`,
      undefined,
      workshop.organiserToken,
    );
    expect(res.body.boards.map((b) => b.cards)).toEqual([0, 0, 0, 0]);
  });
});

describe('organiser-only structure changes', () => {
  let participantToken: string;
  beforeAll(async () => {
    participantToken = (await server.join(workshop.joinCode, 'Participant')).participantToken;
  });

  it('adds, renames, reorders and removes boards', async () => {
    const added = await server.request<BoardInfo>(
      'POST',
      `/api/workshops/${workshop.id}/boards`,
      { title: 'Idées en vrac', columns: ['Une', 'Deux'] },
      workshop.organiserToken,
    );
    expect(added.status).toBe(201);
    expect(added.body.columns.map((c) => c.title)).toEqual(['Une', 'Deux']);

    const renamed = await server.request<BoardInfo>('PATCH', `/api/boards/${added.body.id}`, { title: 'Parking' }, workshop.organiserToken);
    expect(renamed.body.title).toBe('Parking');

    const ids = [added.body.id, ...workshop.boards.map((b) => b.id)];
    const reordered = await server.request<{ boards: BoardInfo[] }>(
      'PUT',
      `/api/workshops/${workshop.id}/boards/order`,
      { ids },
      workshop.organiserToken,
    );
    expect(reordered.body.boards.map((b) => b.id)).toEqual(ids);
    const partial = await server.request('PUT', `/api/workshops/${workshop.id}/boards/order`, { ids: ids.slice(1) }, workshop.organiserToken);
    expect(partial.status).toBe(400);

    expect((await server.request('DELETE', `/api/boards/${added.body.id}`, undefined, workshop.organiserToken)).status).toBe(204);
    const after = await server.request<WorkshopInfo>('GET', `/api/workshops/${workshop.id}`, undefined, workshop.organiserToken);
    expect(after.body.boards.map((b) => b.id)).toEqual(workshop.boards.map((b) => b.id));
  });

  it('adds, renames, reorders and removes columns', async () => {
    const board = workshop.boards[3]!;
    const added = await server.request<BoardInfo>('POST', `/api/boards/${board.id}/columns`, { title: 'Abandonné' }, workshop.organiserToken);
    expect(added.status).toBe(201);
    const column = added.body.columns.at(-1)!;
    const renamed = await server.request<BoardInfo>(
      'PATCH',
      `/api/boards/${board.id}/columns/${column.id}`,
      { title: 'Mis de côté' },
      workshop.organiserToken,
    );
    expect(renamed.body.columns.at(-1)?.title).toBe('Mis de côté');
    const order = [column.id, ...board.columns.map((c) => c.id)];
    const reordered = await server.request<BoardInfo>('PUT', `/api/boards/${board.id}/columns/order`, { ids: order }, workshop.organiserToken);
    expect(reordered.body.columns.map((c) => c.id)).toEqual(order);
    const removed = await server.request<BoardInfo>('DELETE', `/api/boards/${board.id}/columns/${column.id}`, undefined, workshop.organiserToken);
    expect(removed.body.columns.map((c) => c.id)).toEqual(board.columns.map((c) => c.id));
  });

  it('refuses the same changes to a participant and to another workshop', async () => {
    const board = workshop.boards[0]!;
    const other = await server.createWorkshop('Autre atelier');
    const attempts: [string, string, unknown][] = [
      ['POST', `/api/workshops/${workshop.id}/boards`, { title: 'X' }],
      ['PATCH', `/api/boards/${board.id}`, { title: 'X' }],
      ['DELETE', `/api/boards/${board.id}`, undefined],
      ['POST', `/api/boards/${board.id}/columns`, { title: 'X' }],
      ['PATCH', `/api/workshops/${workshop.id}`, { title: 'X' }],
    ];
    for (const [method, route, body] of attempts) {
      expect((await server.request(method, route, body, participantToken)).status).toBe(403);
      expect((await server.request(method, route, body, other.organiserToken)).status).toBe(403);
      expect((await server.request(method, route, body)).status).toBe(401);
    }
    const unchanged = await server.request<WorkshopInfo>('GET', `/api/workshops/${workshop.id}`, undefined, workshop.organiserToken);
    expect(unchanged.body.title).toBe('Rencontres ESS – Lyon');
    expect(unchanged.body.boards[0]?.title).toBe('Difficultés');
  });

  it('answers 404 to unknown boards and columns', async () => {
    expect((await server.request('PATCH', '/api/boards/unknownboard1', { title: 'X' }, workshop.organiserToken)).status).toBe(404);
    expect((await server.request('DELETE', `/api/boards/${workshop.boards[0]!.id}/columns/unknowncol1`, undefined, workshop.organiserToken)).status).toBe(404);
  });
});

describe('CREATE_KEY', () => {
  it('restricts workshop creation to requests carrying the key', async () => {
    const guarded = await startTestServer({ CREATE_KEY: 'cle-secrete' });
    try {
      const denied = await fetch(`${guarded.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'X' }),
      });
      expect(denied.status).toBe(403);
      const allowed = await fetch(`${guarded.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-create-key': 'cle-secrete' },
        body: JSON.stringify({ title: 'X' }),
      });
      expect(allowed.status).toBe(201);
    } finally {
      await guarded.dispose();
    }
  });
});
