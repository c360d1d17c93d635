/**
 * A hostile participant against card ownership (issue 11, item 3), on both transports: every
 * refusal leaves the stored board as it was (read back from storage and decoded) and the
 * other connections undisturbed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, cardText, cardsOf, deleteCard, listCards, moveCard, setCardColor } from '@shared/board-model';
import { createGroup } from '@shared/board-groups';
import { addComment, deleteComment, listComments, toggleReaction } from '@shared/card-comments';
import { newId } from '@shared/ids';
import { PRESENCE_COLORS } from '@shared/presence-palette';
import type { Ack } from '@shared/protocol';
import { connectSocketIO, waitSaved, waitUntil } from '../test-support/test-clients';
import { TRANSPORTS, attempt, expectRefused, openRoom, openWriter, updateFrom, type Person, type Room } from './write-harness';

let room: Room;
beforeAll(async () => {
  room = await openRoom();
});
afterAll(() => room.dispose());

/** A card written by `person` on their own, returning its id. */
async function cardBy(person: Person, text: string): Promise<string> {
  const id = newId();
  const writer = await openWriter(room, 'socket.io', person);
  expect(await writer.attempt((doc) => addCard(doc, { id, column: room.column, author: person.pid, authorName: '', text }))).toEqual({ ok: true });
  writer.close();
  return id;
}

const storedCard = async (id: string) => listCards(await room.stored()).find((c) => c.id === id);

async function facilitate(command: Parameters<Room['command']>[0]): Promise<void> {
  expect(await room.command(command)).toEqual({ ok: true });
}

describe.each(TRANSPORTS)('card ownership over %s', (transport) => {
  it('refuses a participant deleting another’s card: nothing stored, nobody disturbed', async () => {
    const id = await cardBy(room.alice, 'La carte d’Alice');
    expectRefused(await attempt(room, transport, room.bob, (doc) => deleteCard(doc, id)), transport, 'forbidden', 'not_owner');
    expect(await storedCard(id)).toMatchObject({ text: 'La carte d’Alice', author: room.alice.pid });
    // Replacing the card under its id is deleting it too.
    expectRefused(await attempt(room, transport, room.bob, (doc) => addCard(doc, { id, column: room.column, author: room.bob.pid, authorName: '', text: 'À moi' })),
      transport,
      'forbidden',
      'not_owner',
    );
    expect(await storedCard(id)).toMatchObject({ text: 'La carte d’Alice', author: room.alice.pid });
    await room.unaffected();
  });

  it('refuses rewriting another’s text, colour or name, and lets the author do it', async () => {
    const id = await cardBy(room.alice, 'Texte');
    expectRefused(await attempt(room, transport, room.bob, (doc) => cardText(doc, id)!.insert(5, ' réécrit')), transport, 'forbidden', 'not_owner');
    expectRefused(await attempt(room, transport, room.bob, (doc) => cardText(doc, id)!.delete(0, 5)), transport, 'forbidden', 'not_owner');
    expectRefused(await attempt(room, transport, room.bob, (doc) => setCardColor(doc, id, 'pink')), transport, 'forbidden', 'not_owner');
    expectRefused(await attempt(room, transport, room.bob, (doc) => cardsOf(doc).get(id)!.set('authorName', 'Bob')), transport, 'forbidden', 'not_owner');
    expect(await storedCard(id)).toMatchObject({ text: 'Texte', color: 'yellow', authorName: '' });
    expect(await attempt(room, transport, room.alice, (doc) => (cardText(doc, id)!.insert(5, ' à moi'), setCardColor(doc, id, 'blue')))).toEqual({ ok: true });
    expect(await storedCard(id)).toMatchObject({ text: 'Texte à moi', color: 'blue' });
    await room.unaffected();
  });

  it('lets everyone write everyone’s text in free co-writing, but still not delete', async () => {
    const id = await cardBy(room.alice, 'Idée');
    await facilitate({ type: 'freeEditing.set', enabled: true });
    try {
      expect(await attempt(room, transport, room.bob, (doc) => cardText(doc, id)!.insert(4, ' partagée'))).toEqual({ ok: true });
      expect(await storedCard(id)).toMatchObject({ text: 'Idée partagée', author: room.alice.pid });
      expectRefused(await attempt(room, transport, room.bob, (doc) => deleteCard(doc, id)), transport, 'forbidden', 'not_owner');
    } finally {
      await facilitate({ type: 'freeEditing.set', enabled: false });
    }
    expectRefused(await attempt(room, transport, room.bob, (doc) => cardText(doc, id)!.insert(0, 'x')), transport, 'forbidden', 'not_owner');
    expect(await storedCard(id)).toMatchObject({ text: 'Idée partagée' });
  });

  it('refuses a forged author: a new card, a comment or a reaction in someone else’s name, or an author changed', async () => {
    const forgedId = newId();
    expectRefused(await attempt(room, transport, room.bob, (doc) => addCard(doc, { id: forgedId, column: room.column, author: room.alice.pid, authorName: '' })),
      transport,
      'forbidden',
      'author_forged',
    );
    expect(await storedCard(forgedId)).toBeUndefined();
    const own = await cardBy(room.bob, 'Bob');
    expectRefused(await attempt(room, transport, room.bob, (doc) => cardsOf(doc).get(own)!.set('author', room.alice.pid)), transport, 'forbidden', 'author_forged');
    expectRefused(await attempt(room, transport, room.bob, (doc) => addComment(doc, own, { id: newId(), author: room.alice.pid, authorName: '', text: 'faux', replyTo: null })),
      transport,
      'forbidden',
      'author_forged',
    );
    expectRefused(await attempt(room, transport, room.bob, (doc) => toggleReaction(doc, own, '👍', room.alice.pid)), transport, 'forbidden', 'author_forged');
    const stored = await room.stored();
    expect(listCards(stored).find((c) => c.id === own)).toMatchObject({ author: room.bob.pid });
    expect(listComments(stored, own)).toEqual([]);
    await room.unaffected();
  });

  it('lets a facilitator delete and rewrite any card', async () => {
    const id = await cardBy(room.bob, 'Hors sujet');
    const other = await cardBy(room.alice, 'À corriger');
    expect(await attempt(room, transport, room.facilitator, (doc) => cardText(doc, other)!.insert(0, 'Corrigé : '))).toEqual({ ok: true });
    expect(await attempt(room, transport, room.facilitator, (doc) => deleteCard(doc, id))).toEqual({ ok: true });
    expect(await storedCard(id)).toBeUndefined();
    expect(await storedCard(other)).toMatchObject({ text: 'Corrigé : À corriger', author: room.alice.pid });
  });

  it('keeps moving and grouping open, unless the facilitator restricts them', async () => {
    const id = await cardBy(room.bob, 'À déplacer');
    expect(await attempt(room, transport, room.alice, (doc) => moveCard(doc, id, room.otherColumn, 0))).toEqual({ ok: true });
    await facilitate({ type: 'moves.restrict', restricted: true });
    try {
      expectRefused(await attempt(room, transport, room.bob, (doc) => moveCard(doc, id, room.column, 0)), transport, 'forbidden', 'moves_restricted');
      expectRefused(await attempt(room, transport, room.bob, (doc) => createGroup(doc, { id: newId(), column: room.otherColumn, title: 'Thème', cardIds: [id] })),
        transport,
        'forbidden',
        'moves_restricted',
      );
      expect(await storedCard(id)).toMatchObject({ column: room.otherColumn });
      expect(await attempt(room, transport, room.facilitator, (doc) => moveCard(doc, id, room.column, 0))).toEqual({ ok: true });
    } finally {
      await facilitate({ type: 'moves.restrict', restricted: false });
    }
    expect(await storedCard(id)).toMatchObject({ column: room.column });
  });

  it('lets anyone comment, and only a comment’s author or a facilitator delete it; a reaction is its giver’s', async () => {
    const id = await cardBy(room.bob, 'Commentez');
    const comment = newId();
    expect(
      await attempt(room, transport, room.alice, (doc) => {
        addComment(doc, id, { id: comment, author: room.alice.pid, authorName: '', text: 'Bonne idée', replyTo: null });
        toggleReaction(doc, id, '💡', room.alice.pid);
      }),
    ).toEqual({ ok: true });
    expectRefused(await attempt(room, transport, room.bob, (doc) => deleteComment(doc, id, comment)), transport, 'forbidden', 'not_owner');
    expectRefused(await attempt(room, transport, room.bob, (doc) => toggleReaction(doc, id, '💡', room.alice.pid)), transport, 'forbidden', 'not_owner');
    expect(listComments(await room.stored(), id).map((c) => c.text)).toEqual(['Bonne idée']);
    expect(await attempt(room, transport, room.facilitator, (doc) => deleteComment(doc, id, comment))).toEqual({ ok: true });
    expect(listComments(await room.stored(), id)).toEqual([]);
    // The card's author deletes the card, with everyone's comments and reactions on it.
    expect(await attempt(room, transport, room.bob, (doc) => deleteCard(doc, id))).toEqual({ ok: true });
    expect(await storedCard(id)).toBeUndefined();
  });
});

describe.each(TRANSPORTS)('Yjs client ids over %s', (transport) => {
  it('refuses edits under another person’s client id, announced in their presence or used to write', async () => {
    const bobsBefore = listCards(await room.stored()).filter((c) => c.author === room.bob.pid).length;
    const awareness = room.bystander.provider.awareness;
    const onPresence = (cb: () => void) => (awareness.on('change', cb), () => awareness.off('change', cb));
    // Alice's page announces itself and has written nothing yet.
    const page = await connectSocketIO(room.server.url, room.boardId, room.alice.token);
    const clientId = page.doc.clientID;
    page.provider.awareness.setLocalState({ user: { name: 'Alice', color: PRESENCE_COLORS[0], id: room.alice.pid }, editing: null });
    await waitUntil(() => awareness.getStates().has(clientId), onPresence, 'Alice’s presence');
    const bobCard = (doc: Y.Doc) => addCard(doc, { id: newId(), column: room.column, author: room.bob.pid, authorName: '' });
    let writer = await openWriter(room, transport, room.bob);
    expect(await writer.send(updateFrom(writer.doc, bobCard, clientId))).toMatchObject({ ok: false, code: 'invalid_request' });
    writer.close();
    // Her own first edit is hers, and stored.
    const id = newId();
    addCard(page.doc, { id, column: room.column, author: room.alice.pid, authorName: '', text: 'Vraiment à moi' });
    await waitSaved(page.provider);
    expect(await storedCard(id)).toMatchObject({ text: 'Vraiment à moi' });
    // Gone from the room, she still owns the id she wrote with.
    page.provider.destroy();
    await waitUntil(() => !awareness.getStates().has(clientId), onPresence, 'Alice gone');
    writer = await openWriter(room, transport, room.bob);
    expect(await writer.send(updateFrom(writer.doc, bobCard, clientId))).toMatchObject({ ok: false, code: 'invalid_request' });
    writer.close();
    const stored = await room.stored();
    expect(listCards(stored).filter((c) => c.author === room.bob.pid)).toHaveLength(bobsBefore);
    await room.unaffected();
  });
});

describe('the facilitator’s settings for cards', () => {
  it('accepts free co-writing and restricted moves from facilitators only, and tells everyone', async () => {
    const participant = await connectSocketIO(room.server.url, room.boardId, room.alice.token);
    try {
      const ack = (await participant.provider.command({ type: 'freeEditing.set', enabled: true })) as Ack;
      expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      await facilitate({ type: 'freeEditing.set', enabled: true });
      await facilitate({ type: 'moves.restrict', restricted: true });
      const told = () => participant.provider.state?.state.freeEditing === true && participant.provider.state.state.movesRestricted;
      await waitUntil(told, (cb) => (participant.provider.on('state', cb), () => participant.provider.off('state', cb)), 'the participant hears the settings');
      expect(participant.provider.state?.state).toMatchObject({ freeEditing: true, movesRestricted: true });
    } finally {
      await facilitate({ type: 'freeEditing.set', enabled: false });
      await facilitate({ type: 'moves.restrict', restricted: false });
      participant.provider.destroy();
    }
  });
});
