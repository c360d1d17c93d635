/**
 * A controlled board's inbox (issue 12 §7) against a real server: participants' cards wait
 * there, facilitators accept them into the board as the participant's own cards or refuse
 * them, each person reads only what is theirs to read, and the bounds hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCards } from '@shared/board-model';
import { INBOX_LIMITS, type InboxCard, type InboxList } from '@shared/moderation';
import { openRoom, type Person, type Room } from '../security/write-harness';
import { projector } from './moderation-harness';

let room: Room;
let screen: Person;
beforeAll(async () => {
  room = await openRoom();
  screen = await projector(room);
  expect(await room.command({ type: 'controlled.set', enabled: true })).toEqual({ ok: true });
});
afterAll(() => room.dispose());

const path = (rest = '') => `/api/boards/${room.boardId}/inbox${rest}`;
const send = (person: Person, text: string, column = room.column) =>
  room.request<InboxCard>('POST', path(), { column, text, color: 'green' }, person.token);
const inboxOf = async (person: Person) => (await room.request<InboxList>('GET', path(), undefined, person.token)).body.cards;
const storedCards = async () => listCards(await room.stored());

describe('a controlled board’s inbox', () => {
  it('keeps a participant’s card out of the board until a facilitator accepts it as theirs', async () => {
    const sent = await send(room.alice, '  Une idée à valider  ');
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ text: 'Une idée à valider', color: 'green', author: room.alice.pid, status: 'pending' });
    expect((await storedCards()).some((c) => c.text === 'Une idée à valider')).toBe(false);

    expect(await inboxOf(room.facilitator)).toEqual([expect.objectContaining({ id: sent.body.id, authorName: 'Alice' })]);
    expect(await inboxOf(room.alice)).toEqual([expect.objectContaining({ id: sent.body.id, authorName: '' })]);
    expect(await inboxOf(room.bob)).toEqual([]);
    expect((await room.request('GET', path(), undefined, screen.token)).status).toBe(403);

    expect((await room.request('POST', path(`/${sent.body.id}/accept`), {}, room.alice.token)).status).toBe(403);
    const accepted = await room.request<{ cardId: string }>('POST', path(`/${sent.body.id}/accept`), {}, room.facilitator.token);
    expect(accepted.status).toBe(200);
    expect((await storedCards()).find((c) => c.id === accepted.body.cardId)).toMatchObject({
      text: 'Une idée à valider',
      column: room.column,
      color: 'green',
      author: room.alice.pid,
      authorName: 'Alice',
    });
    expect(await inboxOf(room.facilitator)).toEqual([]);
    expect((await room.request('POST', path(`/${sent.body.id}/accept`), {}, room.facilitator.token)).status).toBe(404);
  });

  it('tells the author a refusal, which they may dismiss; accepts everything else at once', async () => {
    const refused = (await send(room.bob, 'Hors sujet')).body;
    await send(room.alice, 'Première');
    await send(room.bob, 'Seconde');
    expect((await room.request('POST', path(`/${refused.id}/refuse`), {}, room.facilitator.token)).status).toBe(204);
    expect(await inboxOf(room.bob)).toEqual([expect.objectContaining({ id: refused.id, status: 'refused' }), expect.objectContaining({ text: 'Seconde', status: 'pending' })]);

    const all = await room.request<{ accepted: number }>('POST', path('/accept-all'), {}, room.organiser.token);
    expect(all.body).toEqual({ accepted: 2 });
    const texts = (await storedCards()).map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['Première', 'Seconde']));
    expect(texts).not.toContain('Hors sujet');

    expect((await room.request('DELETE', path(`/${refused.id}`), undefined, room.alice.token)).status).toBe(404);
    expect((await room.request('DELETE', path(`/${refused.id}`), undefined, room.bob.token)).status).toBe(204);
    expect(await inboxOf(room.facilitator)).toEqual([]);
  });

  it('checks what it is sent and bounds each participant', async () => {
    expect((await send(room.alice, '   ')).status).toBe(400);
    expect((await send(room.alice, 'x'.repeat(INBOX_LIMITS.textMaxChars + 1))).status).toBe(400);
    expect((await send(room.alice, 'Ailleurs', 'no-such-column')).status).toBe(400);
    expect((await room.request('POST', path(), { column: room.column, text: 'Idée', color: 'black' }, room.alice.token)).status).toBe(400);
    expect((await room.request('POST', path(), { column: room.column, text: 'Idée', author: room.bob.pid }, room.alice.token)).status).toBe(400);
    expect((await send(screen, 'Écran')).status).toBe(403);

    for (let i = 0; i < INBOX_LIMITS.pendingPerParticipant; i++) expect((await send(room.alice, `Idée ${i}`)).status).toBe(201);
    const over = await room.request<{ error: { reason: string } }>('POST', path(), { column: room.column, text: 'De trop' }, room.alice.token);
    expect(over.status).toBe(413);
    expect(over.body.error.reason).toBe('inbox_full');
    expect((await send(room.bob, 'Bob écrit encore')).status).toBe(201);
    expect((await room.request('POST', path('/accept-all'), {}, room.facilitator.token)).status).toBe(200);
  });

  it('takes nothing once the board is no longer controlled', async () => {
    expect(await room.command({ type: 'controlled.set', enabled: false })).toEqual({ ok: true });
    try {
      const sent = await room.request<{ error: { reason: string } }>('POST', path(), { column: room.column, text: 'Directement' }, room.alice.token);
      expect(sent.status).toBe(409);
      expect(sent.body.error.reason).toBe('not_controlled');
    } finally {
      expect(await room.command({ type: 'controlled.set', enabled: true })).toEqual({ ok: true });
    }
  });
});
