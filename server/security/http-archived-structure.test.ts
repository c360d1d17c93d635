/**
 * Archived means read-only for the structure too: while a workshop is archived its organiser
 * cannot change its title, boards or columns (refused `forbidden`, reason `archived`), only
 * unarchive it, and shorten or lengthen how long names are kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, CreatedWorkshop } from '@shared/protocol';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Atelier clos');
});
afterAll(() => server.dispose());

const as = (method: string, route: string, body?: unknown) => server.request<ApiError>(method, route, body, workshop.organiserToken);
const archive = async (archived: boolean) => expect((await as('POST', `/api/workshops/${workshop.id}/archive`, { archived })).status).toBe(200);

describe('an archived workshop', () => {
  it('refuses every change of structure to its organiser, with reason archived', async () => {
    const [board, other] = workshop.boards;
    const [column, second] = board!.columns;
    await archive(true);
    const changes: [string, string, unknown?][] = [
      ['PATCH', `/api/workshops/${workshop.id}`, { title: 'Renommé' }],
      ['PATCH', `/api/workshops/${workshop.id}`, { place: 'Ailleurs', retentionDays: 30 }],
      ['POST', `/api/workshops/${workshop.id}/boards`, { title: 'Nouveau', columns: ['A'] }],
      ['PUT', `/api/workshops/${workshop.id}/boards/order`, { ids: workshop.boards.map((b) => b.id).reverse() }],
      ['PATCH', `/api/boards/${board!.id}`, { title: 'Renommé' }],
      ['DELETE', `/api/boards/${other!.id}`],
      ['POST', `/api/boards/${board!.id}/columns`, { title: 'En plus' }],
      ['PUT', `/api/boards/${board!.id}/columns/order`, { ids: [second!.id, column!.id, ...board!.columns.slice(2).map((c) => c.id)] }],
      ['PATCH', `/api/boards/${board!.id}/columns/${column!.id}`, { title: 'Renommée' }],
      ['DELETE', `/api/boards/${board!.id}/columns/${column!.id}`],
    ];
    for (const [method, route, body] of changes) {
      const res = await as(method, route, body);
      expect(res.status, `${method} ${route}`).toBe(403);
      expect(res.body.error, `${method} ${route}`).toMatchObject({ code: 'forbidden', reason: 'archived' });
    }
    const after = await as('GET', `/api/workshops/${workshop.id}`);
    expect(after.body).toMatchObject({ title: 'Atelier clos', boards: workshop.boards });
  });

  it('still lets its organiser set how long names are kept', async () => {
    const res = await server.request<{ retentionDays: number }>('PATCH', `/api/workshops/${workshop.id}`, { retentionDays: 90 }, workshop.organiserToken);
    expect(res.status).toBe(200);
    expect(res.body.retentionDays).toBe(90);
  });

  it('changes again once unarchived', async () => {
    await archive(false);
    const board = workshop.boards[0]!;
    expect((await as('PATCH', `/api/boards/${board.id}`, { title: 'Rouvert' })).status).toBe(200);
    expect((await as('PATCH', `/api/workshops/${workshop.id}`, { title: 'Atelier rouvert' })).status).toBe(200);
  });
});
