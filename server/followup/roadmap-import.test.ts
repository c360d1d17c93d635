/**
 * The next rencontre takes up the previous roadmap: actions with their status, notes and
 * history, a note saying where they come from, once only; both workshops' organisers only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsOf, listCards } from '@shared/board-model';
import type { FollowupLink, RoadmapImportResult } from '@shared/followup';
import { newId } from '@shared/ids';
import type { CreatedWorkshop } from '@shared/protocol';
import { setRoadmapFields } from '@shared/roadmap';
import { addProgressNote, changeStatus, readProgress, readStatusHistory } from '@shared/roadmap-log';
import { openWriter, openRoom, type Room } from '../security/write-harness';

let room: Room;
let next: CreatedWorkshop;
const roadmapOf = (w: CreatedWorkshop) => w.boards.find((b) => b.kind === 'roadmap')!;

beforeAll(async () => {
  room = await openRoom();
  next = (await room.request<CreatedWorkshop>('POST', '/api/workshops', { title: 'Rencontres ESS 2027', template: 'rencontre-ess' })).body;
  // The 2026 roadmap: an action with its record, followed up by its lead over the year.
  const roadmap = roadmapOf(room.workshop);
  const id = newId();
  const writer = await openWriter(room, 'socket.io', room.organiser, roadmap.id);
  const me = { by: room.organiser.pid, byName: 'Orga' };
  expect(
    await writer.attempt((doc) => {
      addCard(doc, { id, column: roadmap.columns[1]!.id, author: room.organiser.pid, authorName: 'Orga', text: 'Former les élus aux SCIC' });
      setRoadmapFields(doc, id, { leadKind: 'region', leadName: 'Région Centre', links: [`${room.boardId}/abcdef`] });
      changeStatus(doc, id, 'doing', me, 1_000);
      addProgressNote(doc, id, 'Deux sessions en mars', me, 2_000);
    }),
  ).toEqual({ ok: true });
  writer.close();
  const link = await room.request<FollowupLink>('POST', `/api/boards/${roadmap.id}/actions/${id}/followup`, undefined, room.organiser.token);
  const lead = link.body.path.slice('/suivi/'.length);
  expect((await room.request('POST', '/api/followup/status', { status: 'done', name: 'Léa' }, lead)).status).toBe(200);
});
afterAll(() => room.dispose());

const takeUp = (token: string, body: unknown) => room.request<RoadmapImportResult>('POST', `/api/workshops/${next.id}/roadmap/import`, body, token);

async function storedActions() {
  const doc = new Y.Doc();
  const { updates } = await room.storage.loadBoard(roadmapOf(next).id);
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return listCards(doc).map((card) => ({ card, map: cardsOf(doc).get(card.id)! }));
}

describe('taking up the previous roadmap', () => {
  it('needs an organiser token of both workshops', async () => {
    const body = { fromWorkshopId: room.workshop.id, fromToken: room.organiser.token };
    expect((await takeUp(room.alice.token, body)).status).toBe(403);
    expect((await takeUp(next.organiserToken, { ...body, fromToken: room.alice.token })).status).toBe(403);
    expect((await takeUp(next.organiserToken, { ...body, fromToken: next.organiserToken })).status).toBe(403);
    expect((await takeUp(next.organiserToken, { fromWorkshopId: next.id, fromToken: next.organiserToken })).status).toBe(400);
    expect((await takeUp(next.organiserToken, { fromWorkshopId: room.workshop.id })).status).toBe(400);
    expect(await storedActions()).toEqual([]);
  });

  it('copies each action with its status, notes and history, in the column of the same horizon, once', async () => {
    const body = { fromWorkshopId: room.workshop.id, fromToken: room.organiser.token };
    const first = await takeUp(next.organiserToken, body);
    expect(first).toMatchObject({ status: 201, body: { boardId: roadmapOf(next).id, added: 1 } });
    const [taken, ...others] = await storedActions();
    expect(others).toEqual([]);
    expect(taken!.card).toMatchObject({ text: 'Former les élus aux SCIC', column: roadmapOf(next).columns[1]!.id });
    expect(taken!.map.get('status')).toBe('done');
    expect(taken!.map.get('leadName')).toBe('Région Centre');
    expect(taken!.map.get('links')).toEqual([]);
    expect(readStatusHistory(taken!.map)).toMatchObject([{ status: 'doing', byName: 'Orga' }, { status: 'done', by: '@lead', byName: 'Léa' }]);
    expect(readProgress(taken!.map).map((n) => n.text)).toEqual(['Deux sessions en mars', 'Repris de « Règles d’écriture »']);
    // Again: nothing new to take up.
    expect((await takeUp(next.organiserToken, body)).body).toMatchObject({ added: 0 });
    expect(await storedActions()).toHaveLength(1);
  });

  it('takes up a roadmap from a backup file, with its record', async () => {
    const later = (await room.request<CreatedWorkshop>('POST', '/api/workshops', { title: 'Rencontres ESS 2028', template: 'rencontre-ess' })).body;
    const backup = (await room.request<unknown>('GET', `/api/workshops/${room.workshop.id}/export?format=json`, undefined, room.organiser.token)).body;
    const send = (token: string, body: string) =>
      fetch(`${room.server.url}/api/workshops/${later.id}/roadmap/import-backup`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
    expect((await send(room.alice.token, JSON.stringify(backup))).status).toBe(403);
    expect((await send(later.organiserToken, '{"not": "a backup"}')).status).toBe(400);
    const res = await send(later.organiserToken, JSON.stringify(backup));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ boardId: roadmapOf(later).id, added: 1 });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.mergeUpdates((await room.storage.loadBoard(roadmapOf(later).id)).updates));
    const [map] = [...cardsOf(doc).values()];
    expect(map?.get('status')).toBe('done');
    expect(readStatusHistory(map).map((c) => c.status)).toEqual(['doing', 'done']);
    expect(readProgress(map).map((n) => n.text)).toEqual(['Deux sessions en mars', 'Repris de « Règles d’écriture »']);
  });
});
