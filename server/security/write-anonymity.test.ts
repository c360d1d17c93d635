/**
 * Anonymity in documents (issue 11, item 6): on a board whose facilitator hides authors no
 * update may write a name, whichever way it tries, on either transport; names written before
 * are blanked when anonymity is turned on and only those come back when it is turned off;
 * revealed drafts and synthesis copies carry none. Every check decodes what it inspects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, cardsOf, listCards } from '@shared/board-model';
import { addComment, listComments } from '@shared/card-comments';
import { newId } from '@shared/ids';
import type { BoardInfo } from '@shared/protocol';
import type { SynthesisResult } from '@shared/synthesis';
import { connectSocketIO, connectYWebsocket, onDocChange, waitSaved, waitUntil } from '../test-support/test-clients';
import { TRANSPORTS, attempt, expectRefused, openRoom, type Person, type Room } from './write-harness';

let room: Room;
beforeAll(async () => {
  room = await openRoom();
});
afterAll(() => room.dispose());

async function anonymous(on: boolean): Promise<void> {
  expect(await room.command({ type: 'anonymity.set', anonymous: on })).toEqual({ ok: true });
}

/** Every author name a document holds, on cards, comments and replies. */
function namesIn(doc: Y.Doc): string[] {
  return listCards(doc).flatMap((card) => [card.authorName, ...listComments(doc, card.id).map((c) => c.authorName)]).filter((n) => n !== '');
}

const comment = (doc: Y.Doc, cardId: string, person: Person, name: string, replyTo: string | null = null) => {
  const id = newId();
  addComment(doc, cardId, { id, author: person.pid, authorName: name, text: 'Un avis', replyTo });
  return id;
};

describe.each(TRANSPORTS)('names on an anonymous board, over %s', (transport) => {
  it('refuses every way of writing a name, from anyone', async () => {
    const own = newId();
    expect(await attempt(room, transport, room.alice, (doc) => addCard(doc, { id: own, column: room.column, author: room.alice.pid, authorName: '' }))).toEqual({ ok: true });
    let first = '';
    expect(await attempt(room, transport, room.alice, (doc) => (first = comment(doc, own, room.alice, '')))).toEqual({ ok: true });
    await anonymous(true);
    try {
      const ways: [string, Person, (doc: Y.Doc) => void][] = [
        ['a new card', room.alice, (doc) => addCard(doc, { id: newId(), column: room.column, author: room.alice.pid, authorName: 'Alice' })],
        ['an overwrite of an existing card', room.alice, (doc) => cardsOf(doc).get(own)!.set('authorName', 'Alice')],
        ['twice in one update', room.alice, (doc) => (cardsOf(doc).get(own)!.set('authorName', ''), cardsOf(doc).get(own)!.set('authorName', 'Alice'))],
        ['a comment', room.bob, (doc) => comment(doc, own, room.bob, 'Bob')],
        ['a reply', room.bob, (doc) => comment(doc, own, room.bob, 'Bob', first)],
        ['a name inside a value', room.alice, (doc) => cardsOf(doc).get(own)!.set('tables', [{ authorName: 'Alice' }])],
        ['a facilitator’s card', room.facilitator, (doc) => addCard(doc, { id: newId(), column: room.column, author: room.facilitator.pid, authorName: 'Fanny' })],
      ];
      for (const [way, person, edit] of ways) {
        const outcome = await attempt(room, transport, person, edit);
        expect.soft(outcome, way).toMatchObject({ ok: false });
        expectRefused(outcome, transport, 'forbidden', 'anonymous_names');
      }
      expect(await attempt(room, transport, room.alice, (doc) => addCard(doc, { id: newId(), column: room.column, author: room.alice.pid, authorName: '' }))).toEqual({
        ok: true,
      });
      expect(namesIn(await room.stored())).toEqual([]);
    } finally {
      await anonymous(false);
    }
    await room.unaffected();
  });
});

describe('names written before anonymity', () => {
  it('are blanked everywhere when it is turned on, and only they come back when it is turned off', async () => {
    const card = newId();
    let reply = '';
    expect(
      await attempt(room, 'socket.io', room.alice, (doc) => {
        addCard(doc, { id: card, column: room.column, author: room.alice.pid, authorName: 'Alice', text: 'Avant' });
        reply = comment(doc, card, room.alice, 'Alice');
      }),
    ).toEqual({ ok: true });
    expect(await attempt(room, 'socket.io', room.bob, (doc) => comment(doc, card, room.bob, 'Bob', reply))).toEqual({ ok: true });
    const watchers = [await connectSocketIO(room.server.url, room.boardId, room.bob.token), await connectYWebsocket(room.server.url, room.boardId, room.bob.token)];
    try {
      await anonymous(true);
      // Acknowledged once the names are stored blank: the stored board holds none, and every client follows.
      expect(namesIn(await room.stored())).toEqual([]);
      await waitUntil(() => watchers.every((w) => namesIn(w.doc).length === 0), onDocChange(watchers.map((w) => w.doc)), 'names gone everywhere');

      const during = newId();
      expect(await attempt(room, 'y-websocket', room.bob, (doc) => addCard(doc, { id: during, column: room.column, author: room.bob.pid, authorName: '', text: 'Pendant' }))).toEqual({ ok: true });
      await anonymous(false);
      const stored = await room.stored();
      const written = listCards(stored).find((c) => c.id === card)!;
      expect(written.authorName).toBe('Alice');
      expect(listComments(stored, card).map((c) => c.authorName)).toEqual(['Alice', 'Bob']);
      // Written while anonymous: stays so.
      expect(listCards(stored).find((c) => c.id === during)!.authorName).toBe('');
      expect(cardsOf(stored).get(card)!.has('nameHidden')).toBe(false);
    } finally {
      for (const w of watchers) w.provider.destroy();
    }
  });

  it('are not carried by drafts revealed on an anonymous board', async () => {
    expect(await room.command({ type: 'privateWriting.set', enabled: true })).toEqual({ ok: true });
    const draft = newId();
    try {
      expect(
        await attempt(room, 'y-websocket', room.alice, (doc) => addCard(doc, { id: draft, column: room.column, author: room.alice.pid, authorName: 'Alice', text: 'Brouillon' }), `${room.boardId}:drafts`),
      ).toEqual({ ok: true });
      await anonymous(true);
      expect(await room.command({ type: 'drafts.reveal' })).toEqual({ ok: true });
      const revealed = listCards(await room.stored()).find((c) => c.id === draft);
      expect(revealed).toMatchObject({ text: 'Brouillon', author: room.alice.pid, authorName: '' });
    } finally {
      await anonymous(false);
      expect(await room.command({ type: 'privateWriting.set', enabled: false })).toEqual({ ok: true });
    }
    expect(listCards(await room.stored()).find((c) => c.id === draft)).toMatchObject({ authorName: 'Alice' });
  });

  it('are not carried by synthesis copies of an anonymous table', async () => {
    const { organiserToken } = room.workshop;
    const tables = await room.request<{ boards: BoardInfo[] }>('POST', `/api/boards/${room.boardId}/tables`, { count: 1 }, organiserToken);
    const table = tables.body.boards[0]!;
    const organiser = await connectSocketIO(room.server.url, table.id, organiserToken);
    try {
      const id = newId();
      organiser.doc.transact(() => {
        addCard(organiser.doc, { id, column: table.columns[0]!.id, author: room.organiser.pid, authorName: 'Olga', text: 'À la table' });
        addComment(organiser.doc, id, { id: newId(), author: room.organiser.pid, authorName: 'Olga', text: 'Avis', replyTo: null });
      });
      await waitSaved(organiser.provider);
      expect(await organiser.provider.command({ type: 'anonymity.set', anonymous: true })).toEqual({ ok: true });
      const made = await room.request<SynthesisResult>('POST', `/api/boards/${room.boardId}/synthesis`, {}, organiserToken);
      expect(made.status).toBe(201);
      const synthesis = await room.stored(made.body.board.id);
      const copy = listCards(synthesis).find((c) => c.text === 'À la table');
      expect(copy).toBeDefined();
      expect(namesIn(synthesis).filter((n) => n === 'Olga')).toEqual([]);
    } finally {
      organiser.provider.destroy();
    }
  });
});
