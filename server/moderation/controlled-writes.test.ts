/**
 * Controlled mode's write rule on both transports: while it is on, a participant's new card
 * is refused in the board's document (reason `controlled`: it goes through the inbox), while
 * a facilitator's is taken, a participant's edits of existing cards are too, and private
 * drafts are written as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, cardText, listCards } from '@shared/board-model';
import { newId } from '@shared/ids';
import { TRANSPORTS, attempt, expectRefused, openRoom, type Room } from '../security/write-harness';
import { cardBy } from './moderation-harness';

let room: Room;
beforeAll(async () => {
  room = await openRoom();
});
afterAll(() => room.dispose());

const storedCard = async (id: string) => listCards(await room.stored()).find((c) => c.id === id);

describe.each(TRANSPORTS)('a controlled board over %s', (transport) => {
  it('refuses a participant’s new card, takes a facilitator’s and every edit of a card already there', async () => {
    const own = await cardBy(room, room.alice, 'Avant le mode contrôlé');
    expect(await room.command({ type: 'controlled.set', enabled: true })).toEqual({ ok: true });
    try {
      const id = newId();
      expectRefused(
        await attempt(room, transport, room.alice, (doc) => addCard(doc, { id, column: room.column, author: room.alice.pid, authorName: '', text: 'Sans passer par la boîte' })),
        transport,
        'forbidden',
        'controlled',
      );
      expect(await storedCard(id)).toBeUndefined();
      const facilitators = newId();
      expect(await attempt(room, transport, room.facilitator, (doc) => addCard(doc, { id: facilitators, column: room.column, author: room.facilitator.pid, authorName: '' }))).toEqual({ ok: true });
      expect(await attempt(room, transport, room.alice, (doc) => cardText(doc, own)!.insert(0, 'Corrigé : '))).toEqual({ ok: true });
      expect(await storedCard(own)).toMatchObject({ text: 'Corrigé : Avant le mode contrôlé' });
      await room.unaffected();
    } finally {
      expect(await room.command({ type: 'controlled.set', enabled: false })).toEqual({ ok: true });
    }
    const after = newId();
    expect(await attempt(room, transport, room.alice, (doc) => addCard(doc, { id: after, column: room.column, author: room.alice.pid, authorName: '' }))).toEqual({ ok: true });
  });

  it('leaves private drafts alone', async () => {
    await room.command({ type: 'privateWriting.set', enabled: true });
    await room.command({ type: 'controlled.set', enabled: true });
    try {
      const id = newId();
      const draft = (doc: Parameters<typeof addCard>[0]) => addCard(doc, { id, column: room.column, author: room.bob.pid, authorName: '', text: 'Brouillon' });
      expect(await attempt(room, transport, room.bob, draft, `${room.boardId}:drafts`)).toEqual({ ok: true });
    } finally {
      await room.command({ type: 'controlled.set', enabled: false });
      await room.command({ type: 'privateWriting.set', enabled: false });
    }
  });
});
