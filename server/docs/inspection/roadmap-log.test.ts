/**
 * A roadmap action's notes and status history against hostile participants, on both
 * transports: entries are bounded, shaped, appended only and written in one's own name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, cardsOf } from '@shared/board-model';
import { newId } from '@shared/ids';
import { LEAD_AUTHOR, ROADMAP_MAX_NOTES, ROADMAP_NOTE_MAX_CHARS, addProgressNote, changeStatus, readProgress, readStatusHistory } from '@shared/roadmap-log';
import { TRANSPORTS, attempt, expectRefused, openRoom, openWriter, type Person, type Room } from '../../security/write-harness';

let room: Room;
beforeAll(async () => {
  room = await openRoom();
});
afterAll(() => room.dispose());

async function actionBy(person: Person): Promise<string> {
  const id = newId();
  const writer = await openWriter(room, 'socket.io', person);
  expect(await writer.attempt((doc) => addCard(doc, { id, column: room.column, author: person.pid, authorName: '', text: 'Un guide des achats' }))).toEqual({ ok: true });
  writer.close();
  return id;
}

const stored = async (id: string) => cardsOf(await room.stored()).get(id);
const as = (person: Person, byName = 'Alice') => ({ by: person.pid, byName });
const setLog = (key: string, value: unknown[]) => (id: string) => (doc: Y.Doc) => cardsOf(doc).get(id)!.set(key, value);

describe.each(TRANSPORTS)('roadmap notes and status history over %s', (transport) => {
  it('lets the action’s author add a note and change the status with its history', async () => {
    const id = await actionBy(room.alice);
    expect(await attempt(room, transport, room.alice, (doc) => addProgressNote(doc, id, 'Premier atelier tenu', as(room.alice)))).toEqual({ ok: true });
    expect(await attempt(room, transport, room.alice, (doc) => changeStatus(doc, id, 'doing', as(room.alice)))).toEqual({ ok: true });
    const card = await stored(id);
    expect(readProgress(card)).toMatchObject([{ text: 'Premier atelier tenu', by: room.alice.pid, byName: 'Alice' }]);
    expect(readStatusHistory(card)).toMatchObject([{ status: 'doing', by: room.alice.pid }]);
    expect(card?.get('status')).toBe('doing');
  });

  it('refuses entries in someone else’s name or the lead’s', async () => {
    const id = await actionBy(room.alice);
    expectRefused(await attempt(room, transport, room.alice, (doc) => addProgressNote(doc, id, 'Signé Bob', as(room.bob, 'Bob'))), transport, 'forbidden', 'author_forged');
    expectRefused(await attempt(room, transport, room.alice, (doc) => changeStatus(doc, id, 'done', { by: LEAD_AUTHOR, byName: '' })), transport, 'forbidden', 'author_forged');
    expect(readProgress(await stored(id))).toEqual([]);
  });

  it('refuses rewriting or removing earlier entries, even the writer’s own', async () => {
    const id = await actionBy(room.alice);
    expect(await attempt(room, transport, room.alice, (doc) => addProgressNote(doc, id, 'Vrai', as(room.alice), 1_000))).toEqual({ ok: true });
    const note = { text: 'Réécrit', at: 1_000, by: room.alice.pid, byName: 'Alice' };
    expectRefused(await attempt(room, transport, room.alice, (doc) => setLog('progress', [note])(id)(doc)), transport, 'forbidden', 'not_owner');
    expectRefused(await attempt(room, transport, room.alice, (doc) => setLog('progress', [])(id)(doc)), transport, 'forbidden', 'not_owner');
    expect(readProgress(await stored(id))).toMatchObject([{ text: 'Vrai' }]);
  });

  it('refuses notes on another’s action, badly shaped entries and oversized logs', async () => {
    const id = await actionBy(room.alice);
    expectRefused(await attempt(room, transport, room.bob, (doc) => addProgressNote(doc, id, 'Intrus', as(room.bob))), transport, 'forbidden', 'not_owner');
    const entry = { text: 'x', at: 1, by: room.alice.pid, byName: '' };
    expectRefused(await attempt(room, transport, room.alice, (doc) => setLog('progress', [{ ...entry, extra: 1 }])(id)(doc)), transport, 'invalid_request');
    expectRefused(await attempt(room, transport, room.alice, (doc) => setLog('progress', [{ ...entry, at: 'hier' }])(id)(doc)), transport, 'invalid_request');
    expectRefused(await attempt(room, transport, room.alice, (doc) => setLog('statusHistory', [{ status: 'abandoned', at: 1, by: room.alice.pid, byName: '' }])(id)(doc)), transport, 'invalid_request');
    expectRefused(await attempt(room, transport, room.alice, (doc) => setLog('progress', [{ ...entry, text: 'x'.repeat(ROADMAP_NOTE_MAX_CHARS + 1) }])(id)(doc)), transport, 'payload_too_large');
    const many = Array.from({ length: ROADMAP_MAX_NOTES + 1 }, () => entry);
    expectRefused(await attempt(room, transport, room.alice, (doc) => setLog('progress', many)(id)(doc)), transport, 'payload_too_large');
    expect(readProgress(await stored(id))).toEqual([]);
  });

  it('refuses a named entry on an anonymous board, takes a blank one', async () => {
    const id = await actionBy(room.alice);
    expect(await room.command({ type: 'anonymity.set', anonymous: true })).toEqual({ ok: true });
    try {
      expectRefused(await attempt(room, transport, room.alice, (doc) => addProgressNote(doc, id, 'Signé', as(room.alice))), transport, 'forbidden', 'anonymous_names');
      expect(await attempt(room, transport, room.alice, (doc) => addProgressNote(doc, id, 'Sans nom', as(room.alice, '')))).toEqual({ ok: true });
    } finally {
      expect(await room.command({ type: 'anonymity.set', anonymous: false })).toEqual({ ok: true });
    }
    expect(readProgress(await stored(id))).toMatchObject([{ text: 'Sans nom', byName: '' }]);
  });

  it('lets the organiser correct the record', async () => {
    const id = await actionBy(room.alice);
    expect(await attempt(room, transport, room.alice, (doc) => addProgressNote(doc, id, 'Erreur', as(room.alice)))).toEqual({ ok: true });
    expect(await attempt(room, transport, room.organiser, (doc) => setLog('progress', [])(id)(doc))).toEqual({ ok: true });
    expect(readProgress(await stored(id))).toEqual([]);
  });
});
