/**
 * An action's record goes with the workshop's backup and comes back with it (under the new
 * participant ids), and an anonymous export pseudonymises its writers like authors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsOf } from '@shared/board-model';
import type { FollowupLink } from '@shared/followup';
import { newId } from '@shared/ids';
import type { CreatedWorkshop } from '@shared/protocol';
import type { WorkshopBackup } from '@shared/results/backup';
import { addProgressNote, changeStatus, readProgress, readStatusHistory } from '@shared/roadmap-log';
import { openWriter, openRoom, type Room } from '../security/write-harness';

let room: Room;
let roadmapId: string;
let actionId: string;

beforeAll(async () => {
  room = await openRoom();
  const roadmap = room.workshop.boards.find((b) => b.kind === 'roadmap')!;
  roadmapId = roadmap.id;
  actionId = newId();
  const writer = await openWriter(room, 'socket.io', room.alice, roadmapId);
  const alice = { by: room.alice.pid, byName: 'Alice' };
  expect(
    await writer.attempt((doc) => {
      addCard(doc, { id: actionId, column: roadmap.columns[0]!.id, author: room.alice.pid, authorName: 'Alice', text: 'Un guide des achats' });
      changeStatus(doc, actionId, 'doing', alice, 1_000);
      addProgressNote(doc, actionId, 'Plan validé', alice, 2_000);
    }),
  ).toEqual({ ok: true });
  writer.close();
  const { body } = await room.request<FollowupLink>('POST', `/api/boards/${roadmapId}/actions/${actionId}/followup`, undefined, room.organiser.token);
  expect((await room.request('POST', '/api/followup/notes', { text: 'Imprimé', name: 'Léa' }, body.path.slice('/suivi/'.length))).status).toBe(201);
});
afterAll(() => room.dispose());

const exported = async (anonymous: boolean) =>
  (await room.request<WorkshopBackup>('GET', `/api/workshops/${room.workshop.id}/export?format=json${anonymous ? '&anonymous=1' : ''}`, undefined, room.organiser.token)).body;
const actionIn = (backup: WorkshopBackup) => backup.boards.find((b) => b.id === roadmapId)!.cards.find((c) => c.id === actionId)!;

describe('an action’s record in backups', () => {
  it('is exported, and pseudonymised in an anonymous export (the lead’s name blanked)', async () => {
    expect(actionIn(await exported(false)).roadmap).toMatchObject({
      progress: [{ text: 'Plan validé', by: room.alice.pid, byName: 'Alice' }, { text: 'Imprimé', by: '@lead', byName: 'Léa' }],
      statusHistory: [{ status: 'doing', by: room.alice.pid, byName: 'Alice' }],
    });
    const anonymous = actionIn(await exported(true)).roadmap!;
    expect(JSON.stringify(anonymous)).not.toContain(room.alice.pid);
    expect(anonymous.progress).toMatchObject([{ by: expect.stringMatching(/^p\d+$/), byName: expect.stringMatching(/^Participant \d+$/) }, { by: '@lead', byName: '' }]);
  });

  it('comes back with an imported backup, under the new participant ids', async () => {
    const backup = await exported(false);
    const res = await fetch(`${room.server.url}/api/workshops/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(backup) });
    expect(res.status).toBe(201);
    const created = (await res.json()) as CreatedWorkshop;
    const copy = created.boards.find((b) => b.kind === 'roadmap')!;
    const doc = new Y.Doc();
    const { updates } = await room.storage.loadBoard(copy.id);
    Y.applyUpdate(doc, Y.mergeUpdates(updates));
    const [card] = [...cardsOf(doc).values()];
    const notes = readProgress(card);
    expect(notes.map((n) => [n.text, n.byName])).toEqual([['Plan validé', 'Alice'], ['Imprimé', 'Léa']]);
    expect(notes[0]!.by).not.toBe(room.alice.pid);
    expect(notes[1]!.by).toBe('@lead');
    expect(readStatusHistory(card)).toMatchObject([{ status: 'doing', byName: 'Alice', by: notes[0]!.by }]);
  });
});
