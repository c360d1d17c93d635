/**
 * What a document may hold (issue 11, item 4), on both transports: per update, per board,
 * per card and per field. Each refusal stores nothing (the stored board is read back and
 * decoded) and leaves the other connections writing.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardText, cardsOf, listCards } from '@shared/board-model';
import { createGroup, listGroups } from '@shared/board-groups';
import { addComment, listComments } from '@shared/card-comments';
import { newId } from '@shared/ids';
import { LIMITS } from '@shared/limits';
import { TRANSPORTS, attempt, expectRefused, openRoom, openWriter, updateFrom, type Person, type Room } from './write-harness';

let room: Room;
beforeAll(async () => {
  room = await openRoom();
});
afterAll(() => room.dispose());

/** Ids of the cards attempted, to check that none of the refused ones was stored. */
const attempted: string[] = [];
const newCard = (person: Person, text = '', extra: Record<string, unknown> = {}) => (doc: Y.Doc) => {
  const id = newId();
  attempted.push(id);
  addCard(doc, { id, column: room.column, author: person.pid, authorName: '', text });
  for (const [key, value] of Object.entries(extra)) cardsOf(doc).get(id)!.set(key, value);
};

const storedCards = async (docId = room.boardId) => listCards(await room.stored(docId));

/** `count` empty maps under the `cards` root, written by hand: the 783 kB update. */
function emptyMaps(count: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, count);
  encoding.writeVarUint(e, 424_242);
  encoding.writeVarUint(e, 0);
  for (let i = 0; i < count; i++) {
    encoding.writeUint8(e, 7 | 32); // a shared type, with a key
    encoding.writeVarUint(e, 1); // parent named
    encoding.writeVarString(e, 'cards');
    encoding.writeVarString(e, `k${i}`);
    encoding.writeVarUint(e, 1); // Y.Map
  }
  encoding.writeVarUint(e, 0);
  return encoding.toUint8Array(e);
}

describe.each(TRANSPORTS)('limits over %s', (transport) => {
  it('refuses a flood of empty maps in one update, storing nothing', async () => {
    const flood = emptyMaps(50_000);
    expect(flood.byteLength).toBeLessThan(LIMITS.maxMessageBytes);
    const before = (await room.stored()).getMap('cards').size;
    expectRefused(await attempt(room, transport, room.alice, flood), transport, 'payload_too_large', 'update_too_large');
    expect((await room.stored()).getMap('cards').size).toBe(before);
    await room.unaffected();
  });

  it('counts a card’s text after the edit: up to the limit, not one character more', async () => {
    const max = LIMITS.cardTextMaxChars;
    attempted.length = 0;
    expectRefused(await attempt(room, transport, room.alice, newCard(room.alice, 'x'.repeat(max + 1))), transport, 'payload_too_large', 'too_long');
    expect((await storedCards()).filter((c) => attempted.includes(c.id))).toEqual([]);
    const writer = await openWriter(room, transport, room.alice);
    const id = newId();
    expect(await writer.attempt((doc) => addCard(doc, { id, column: room.column, author: room.alice.pid, authorName: '', text: 'x'.repeat(max) }))).toEqual({ ok: true });
    // Replacing one character with two (one deleted, two inserted) crosses the limit.
    expectRefused(await writer.attempt((doc) => (cardText(doc, id)!.delete(0, 1), cardText(doc, id)!.insert(0, 'yy'))), transport, 'payload_too_large', 'too_long');
    writer.close();
    expect(await attempt(room, transport, room.alice, (doc) => (cardText(doc, id)!.delete(0, 1), cardText(doc, id)!.insert(0, 'y')))).toEqual({ ok: true });
    const stored = (await storedCards()).find((c) => c.id === id)!;
    expect(stored.text).toHaveLength(max);
    expect(stored.text.startsWith('y')).toBe(true);
    await room.unaffected();
  });

  it('bounds every field: lengths are too long, wrong shapes invalid', async () => {
    attempted.length = 0;
    const tooLong: [string, unknown][] = [
      ['authorName', 'n'.repeat(LIMITS.nameMaxChars + 1)],
      ['order', 'a'.repeat(LIMITS.orderMaxChars + 1)],
      ['leadName', 'l'.repeat(201)],
    ];
    for (const [key, value] of tooLong) {
      expectRefused(await attempt(room, transport, room.alice, newCard(room.alice, '', { [key]: value })), transport, 'payload_too_large', 'too_long');
    }
    const invalid: [string, unknown][] = [
      ['color', 'url(http://evil.example/x)'],
      ['column', 'pas un id !'],
      ['createdAt', 'hier'],
      ['constructor', 'x'],
      ['meta', { deep: true }],
    ];
    for (const [key, value] of invalid) {
      expectRefused(await attempt(room, transport, room.alice, newCard(room.alice, '', { [key]: value })), transport, 'invalid_request');
    }
    expectRefused(await attempt(room, transport, room.alice, (doc) => cardsOf(doc).set('card-as-text', 'texte' as never)), transport, 'invalid_request');
    expectRefused(await attempt(room, transport, room.alice, (doc) => doc.getMap('ailleurs').set('x', 1)), transport, 'invalid_request');
    expectRefused(await attempt(room, transport, room.alice, (doc) => createGroup(doc, { id: newId(), column: room.column, title: 't'.repeat(LIMITS.groupTitleMaxChars + 1) })),
      transport,
      'payload_too_large',
      'too_long',
    );
    const id = newId();
    expect(await attempt(room, transport, room.alice, (doc) => addCard(doc, { id, column: room.column, author: room.alice.pid, authorName: '' }))).toEqual({ ok: true });
    expectRefused(await attempt(room, transport, room.bob, (doc) => {
        const comment = new Y.Map<unknown>();
        for (const [key, value] of Object.entries({ id: newId(), author: room.bob.pid, authorName: '', text: 'c'.repeat(501), createdAt: 0, replyTo: null })) comment.set(key, value);
        (cardsOf(doc).get(id)!.get('comments') as Y.Array<Y.Map<unknown>>).push([comment]);
      }),
      transport,
      'payload_too_large',
      'too_long',
    );
    const stored = await room.stored();
    expect(listCards(stored).filter((c) => attempted.includes(c.id))).toEqual([]);
    expect(cardsOf(stored).has('card-as-text')).toBe(false);
    expect(listComments(stored, id)).toEqual([]);
    expect(stored.share.has('ailleurs')).toBe(false);
    await room.unaffected();
  });

  it('bounds the comments of one card', async () => {
    const id = newId();
    const many = (doc: Y.Doc, n: number, person: Person) => {
      for (let i = 0; i < n; i++) addComment(doc, id, { id: newId(), author: person.pid, authorName: '', text: `${i}`, replyTo: null });
    };
    expect(
      await attempt(room, transport, room.alice, (doc) => {
        addCard(doc, { id, column: room.column, author: room.alice.pid, authorName: '' });
        many(doc, LIMITS.commentsPerCard, room.alice);
      }),
    ).toEqual({ ok: true });
    expectRefused(await attempt(room, transport, room.bob, (doc) => many(doc, 1, room.bob)), transport, 'payload_too_large', 'card_full');
    expect(listComments(await room.stored(), id)).toHaveLength(LIMITS.commentsPerCard);
  });
});

describe('a full board', () => {
  let boardId: string;
  let column: string;

  /** Minimal cards, a thousand per update (each update stays within the per-update limits). */
  function minimalCards(count: number, author: string) {
    return (doc: Y.Doc) => {
      for (let i = 0; i < count; i++) {
        const map = new Y.Map<unknown>();
        map.set('text', new Y.Text());
        map.set('column', column);
        map.set('order', 'a0');
        map.set('author', author);
        cardsOf(doc).set(newId(), map);
      }
    };
  }

  beforeAll(async () => {
    const board = room.workshop.boards[1]!;
    boardId = board.id;
    column = board.columns[0]!.id;
    const writer = await openWriter(room, 'socket.io', room.organiser, boardId);
    for (let filled = 0; filled < LIMITS.maxCardsPerBoard; filled += 1_000) {
      expect(await writer.send(updateFrom(writer.doc, minimalCards(1_000, room.organiser.pid)))).toEqual({ ok: true });
    }
    writer.close();
  }, 120_000);

  it.each(TRANSPORTS)('takes no card more over %s, and takes deletions', async (transport) => {
    expectRefused(await attempt(room, transport, room.alice, minimalCards(1, room.alice.pid), boardId), transport, 'payload_too_large', 'board_full');
    expect(await storedCards(boardId)).toHaveLength(LIMITS.maxCardsPerBoard);
    const writer = await openWriter(room, transport, room.organiser, boardId);
    const victim = [...cardsOf(writer.doc).keys()][0]!;
    expect(await writer.attempt((doc) => cardsOf(doc).delete(victim))).toEqual({ ok: true });
    expect(await writer.attempt(minimalCards(1, room.organiser.pid))).toEqual({ ok: true });
    writer.close();
    expect(await storedCards(boardId)).toHaveLength(LIMITS.maxCardsPerBoard);
  }, 60_000);

  it.each(TRANSPORTS)('takes no group past the limit over %s', async (transport) => {
    const groups = (n: number) => (doc: Y.Doc) => {
      for (let i = 0; i < n; i++) createGroup(doc, { id: newId(), column, title: `${i}` });
    };
    const existing = listGroups(await room.stored(boardId)).length;
    if (existing < LIMITS.maxGroupsPerBoard) {
      expect(await attempt(room, 'socket.io', room.organiser, groups(LIMITS.maxGroupsPerBoard - existing), boardId)).toEqual({ ok: true });
    }
    expectRefused(await attempt(room, transport, room.alice, groups(1), boardId), transport, 'payload_too_large', 'board_full');
    expect(listGroups(await room.stored(boardId))).toHaveLength(LIMITS.maxGroupsPerBoard);
  }, 60_000);
});
