/**
 * Hiding a card (issue 12 §7), against a real server on both transports: the words leave the
 * document (a fresh client receives no trace of them), only the server writes the card again,
 * the words are read back by those who may, and showing the card puts them back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, cardsOf, deleteCard, listCards, moveCard, setCardColor } from '@shared/board-model';
import { addComment } from '@shared/card-comments';
import { newId } from '@shared/ids';
import type { HiddenCardList } from '@shared/moderation';
import { connectSocketIO, onDocChange, waitUntil } from '../test-support/test-clients';
import { TRANSPORTS, attempt, expectRefused, openRoom, type Person, type Room } from '../security/write-harness';
import { bytesOnJoin, cardBy, carries, projector, roomBoard } from './moderation-harness';

let room: Room;
let screen: Person;
beforeAll(async () => {
  room = await openRoom();
  screen = await projector(room);
});
afterAll(() => room.dispose());

const hide = (cardId: string, reason: unknown, by: Person = room.facilitator) =>
  room.request('POST', `/api/boards/${room.boardId}/cards/${cardId}/hide`, { reason }, by.token);
const unhide = (cardId: string, by: Person = room.facilitator) => room.request('POST', `/api/boards/${room.boardId}/cards/${cardId}/unhide`, {}, by.token);
const hiddenFor = (person: Person) => room.request<HiddenCardList>('GET', `/api/boards/${room.boardId}/hidden`, undefined, person.token);
const storedCard = async (id: string) => listCards(await room.stored()).find((c) => c.id === id);

describe('hiding a card', () => {
  it('empties it in the document for everyone and keeps its words for those who may read them', async () => {
    const id = await cardBy(room, room.alice, 'Propos blessant numéro 1');
    expect((await hide(id, 'Propos injurieux')).status).toBe(204);
    expect(await storedCard(id)).toMatchObject({ text: '', hidden: 'Propos injurieux', author: room.alice.pid });
    await waitUntil(() => cardsOf(room.bystander.doc).get(id)?.get('hidden') === 'Propos injurieux', onDocChange([room.bystander.doc]), 'the room sees it hidden');
    expect(cardText(room.bystander.doc, id)?.toString()).toBe('');

    const expected = { cardId: id, text: 'Propos blessant numéro 1', reason: 'Propos injurieux', author: room.alice.pid };
    expect((await hiddenFor(room.facilitator)).body.cards).toEqual([expect.objectContaining(expected)]);
    expect((await hiddenFor(room.organiser)).body.cards).toEqual([expect.objectContaining(expected)]);
    expect((await hiddenFor(room.alice)).body.cards).toEqual([expect.objectContaining(expected)]);
    expect((await hiddenFor(room.bob)).body.cards).toEqual([]);
    expect((await hiddenFor(screen)).status).toBe(403);
  });

  it.each(TRANSPORTS)('sends no trace of the words to a client syncing afterwards over %s', async (transport) => {
    const words = `Numéro de téléphone ${newId()}`;
    const id = await cardBy(room, room.bob, words);
    expect(carries(await bytesOnJoin(roomBoard(room), transport, screen), words)).toBe(true);
    expect((await hide(id, 'Données personnelles')).status).toBe(204);
    for (const person of [screen, room.alice, room.bob, room.facilitator]) {
      expect(carries(await bytesOnJoin(roomBoard(room), transport, person), words)).toBe(false);
    }
  });

  it('refuses a participant, a projector, a reason empty or too long, and an unknown card', async () => {
    const id = await cardBy(room, room.bob, 'À garder');
    expect((await hide(id, 'Hors sujet', room.alice)).status).toBe(403);
    expect((await hide(id, 'Hors sujet', screen)).status).toBe(403);
    expect((await hide(id, '   ')).status).toBe(400);
    expect((await hide(id, 'x'.repeat(201))).status).toBe(400);
    expect((await hide(id, 42)).status).toBe(400);
    expect((await hide('nope-nope', 'Hors sujet')).status).toBe(404);
    expect((await unhide(id)).status).toBe(404);
    expect(await storedCard(id)).toMatchObject({ text: 'À garder' });
    expect((await storedCard(id))?.hidden).toBeUndefined();
  });

  it('takes no vote on a hidden card', async () => {
    const id = await cardBy(room, room.bob, 'Pour qui voter');
    expect((await hide(id, 'Hors sujet')).status).toBe(204);
    expect(await room.command({ type: 'phase.set', phase: 'voting' })).toEqual({ ok: true });
    const voter = await connectSocketIO(room.server.url, room.boardId, room.alice.token);
    try {
      expect(await voter.provider.vote({ cardId: id, action: 'cast' })).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'card_hidden' } });
    } finally {
      voter.provider.destroy();
      expect(await room.command({ type: 'phase.set', phase: 'writing' })).toEqual({ ok: true });
    }
  });

  it('shows the card again with its words, and changes only the reason when hidden twice', async () => {
    const id = await cardBy(room, room.alice, 'Un mot de trop');
    expect((await hide(id, 'Hors sujet')).status).toBe(204);
    expect((await hide(id, 'Propos injurieux')).status).toBe(204);
    expect((await hiddenFor(room.alice)).body.cards.find((c) => c.cardId === id)).toMatchObject({ text: 'Un mot de trop', reason: 'Propos injurieux' });
    expect((await unhide(id, room.alice)).status).toBe(403);
    expect((await unhide(id, room.organiser)).status).toBe(204);
    const card = await storedCard(id);
    expect(card).toMatchObject({ text: 'Un mot de trop' });
    expect(card?.hidden).toBeUndefined();
    expect((await hiddenFor(room.facilitator)).body.cards.some((c) => c.cardId === id)).toBe(false);
  });
});

describe.each(TRANSPORTS)('a hidden card over %s', (transport) => {
  it('takes no new words, colour or comment, from its author or a facilitator', async () => {
    const id = await cardBy(room, room.alice, 'Injure');
    expect((await hide(id, 'Propos injurieux')).status).toBe(204);
    for (const person of [room.alice, room.facilitator]) {
      expectRefused(await attempt(room, transport, person, (doc) => cardText(doc, id)!.insert(0, 'Injure')), transport, 'forbidden', 'card_hidden');
      expectRefused(await attempt(room, transport, person, (doc) => setCardColor(doc, id, 'pink')), transport, 'forbidden', 'card_hidden');
      expectRefused(
        await attempt(room, transport, person, (doc) => addComment(doc, id, { id: newId(), author: person.pid, authorName: '', text: 'Injure', replyTo: null })),
        transport,
        'forbidden',
        'card_hidden',
      );
    }
    expect(await storedCard(id)).toMatchObject({ text: '', color: 'yellow', hidden: 'Propos injurieux' });
    await room.unaffected();
  });

  it('is never unmarked nor marked by a client, but may still be moved and deleted', async () => {
    const id = await cardBy(room, room.alice, 'Déplaçable');
    expect((await hide(id, 'Hors sujet')).status).toBe(204);
    expectRefused(await attempt(room, transport, room.facilitator, (doc) => cardsOf(doc).get(id)!.delete('hidden')), transport, 'invalid_request');
    const other = await cardBy(room, room.bob, 'La mienne');
    expectRefused(await attempt(room, transport, room.bob, (doc) => cardsOf(doc).get(other)!.set('hidden', 'Par moi')), transport, 'invalid_request');
    expect(await attempt(room, transport, room.bob, (doc) => moveCard(doc, id, room.otherColumn, 0))).toEqual({ ok: true });
    expect(await attempt(room, transport, room.alice, (doc) => deleteCard(doc, id))).toEqual({ ok: true });
    expect(await storedCard(id)).toBeUndefined();
    expect((await storedCard(other))?.hidden).toBeUndefined();
  });
});
