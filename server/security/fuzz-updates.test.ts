/**
 * Random Yjs updates against the write checks (issue 11, tests). Hostile updates come from
 * random operations on real Y.Docs (deleting and rewriting others' cards, forged authors,
 * huge texts, garbage maps, names, formatting) and from random or corrupted bytes. Invariants:
 * the server answers every message; a refused update leaves no trace in storage (decoded into
 * a fresh document, nothing pending); nobody's card is changed by someone without the right;
 * honest clients on both transports keep converging. A pure property checks that whatever the
 * inspection lets through applies cleanly.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardText, cardsOf, deleteCard, listCards, moveCard } from '@shared/board-model';
import { createGroup, listGroups } from '@shared/board-groups';
import { REACTIONS, addComment, listComments, reactionsOf, toggleReaction } from '@shared/card-comments';
import { newId } from '@shared/ids';
import { roadmapOf } from '@shared/roadmap';
import { checkWrite } from '../docs/inspection/check-write';
import { InvalidUpdateError, decodeUpdate } from '../docs/inspection/decode-update';
import { describeUpdate } from '../docs/inspection/describe-update';
import { AppError } from '../errors';
import { connectSocketIO, connectYWebsocket, onDocChange, waitConverged, waitSaved, waitUntil, type SioClient, type WsClient } from '../test-support/test-clients';
import { TRANSPORTS, openRoom, openWriter, updateFrom, type Outcome, type Person, type Room, type Transport } from './write-harness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
/** FUZZ_SEED replays a failure (fast-check prints the seed). */
const SEED = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };
const WHO = ['mallory', 'alice', 'bob', 'facilitator', 'stranger'] as const;
type Who = (typeof WHO)[number];

/** What an edit may refer to when it runs: the cards of the copy it edits, people, columns. */
interface Ctx {
  card(i: number): string;
  pid(who: Who): string;
  column(i: number): string;
}

type Hostile =
  | { label: string; edit: (doc: Y.Doc, ctx: Ctx) => void; asAlice?: boolean }
  | { label: string; bytes: (valid: Uint8Array) => Uint8Array };

const who = fc.constantFrom(...WHO);
const anyValue = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  // A plain object, as a client's JSON would be (Yjs refuses objects without Object's prototype).
  fc.dictionary(fc.constantFrom('authorName', 'x'), fc.string({ maxLength: 8 }), { maxKeys: 2 }).map((d) => ({ ...d })),
);
const cardKey = fc.constantFrom('author', 'authorName', 'column', 'order', 'color', 'createdAt', 'text', 'comments', 'reactions', 'group', 'origin', 'constructor', '__proto__', 'status', 'links');

function nestedMaps(doc: Y.Doc, root: string, count: number, depth: number): void {
  const top = doc.getMap(root);
  for (let i = 0; i < count; i++) {
    let map = new Y.Map<unknown>();
    top.set(`g${i}-${newId()}`, map);
    for (let d = 1; d < depth; d++) {
      const inner = new Y.Map<unknown>();
      map.set('inner', inner);
      map = inner;
    }
  }
}

const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  fc.nat().map((i) => ({ label: 'delete a card', edit: (doc: Y.Doc, c: Ctx) => deleteCard(doc, c.card(i)) })),
  fc.record({ author: who, text: fc.string({ maxLength: 40 }) }).map(({ author, text }) => ({
    label: `a card in ${author}'s name`,
    edit: (doc: Y.Doc, c: Ctx) => addCard(doc, { id: newId(), column: c.column(0), author: c.pid(author), authorName: '', text }),
  })),
  fc.integer({ min: 1_900, max: 6_000 }).map((n) => ({
    label: `a card of ${n} characters`,
    edit: (doc: Y.Doc, c: Ctx) => addCard(doc, { id: newId(), column: c.column(0), author: c.pid('mallory'), authorName: '', text: 'x'.repeat(n) }),
  })),
  fc.record({ i: fc.nat(), key: cardKey, value: anyValue }).map(({ i, key, value }) => ({
    label: `set ${key}`,
    edit: (doc: Y.Doc, c: Ctx) => cardsOf(doc).get(c.card(i))?.set(key, value),
  })),
  fc.record({ i: fc.nat(), at: fc.nat(40), text: fc.string({ maxLength: 30 }), cut: fc.nat(5) }).map(({ i, at, text, cut }) => ({
    label: 'type into a card',
    edit: (doc: Y.Doc, c: Ctx) => {
      const t = cardText(doc, c.card(i));
      if (!t) return;
      t.delete(Math.min(at, t.length), Math.min(cut, t.length - Math.min(at, t.length)));
      t.insert(Math.min(at, t.length), text);
    },
  })),
  fc.record({ root: fc.constantFrom('cards', 'groups', 'elsewhere', '__proto__'), count: fc.integer({ min: 1, max: 40 }), depth: fc.integer({ min: 1, max: 4 }) }).map(
    ({ root, count, depth }) => ({ label: `${count} maps ${depth} deep in ${root}`, edit: (doc: Y.Doc) => nestedMaps(doc, root, count, depth) }),
  ),
  fc.record({ i: fc.nat(), author: who, name: fc.constantFrom('', 'Mallory'), length: fc.integer({ min: 0, max: 700 }) }).map(({ i, author, name, length }) => ({
    label: `a comment in ${author}'s name`,
    edit: (doc: Y.Doc, c: Ctx) => addComment(doc, c.card(i), { id: newId(), author: c.pid(author), authorName: name, text: 'c'.repeat(length), replyTo: null }),
  })),
  fc.record({ i: fc.nat(), giver: who, emoji: fc.constantFrom(...REACTIONS) }).map(({ i, giver, emoji }) => ({
    label: `a reaction for ${giver}`,
    edit: (doc: Y.Doc, c: Ctx) => toggleReaction(doc, c.card(i), emoji, c.pid(giver)),
  })),
  fc.record({ i: fc.nat(), column: fc.nat() }).map(({ i, column }) => ({
    label: 'move a card',
    edit: (doc: Y.Doc, c: Ctx) => moveCard(doc, c.card(i), c.column(column), 0),
  })),
  fc.record({ i: fc.nat(), title: fc.string({ maxLength: 100 }) }).map(({ i, title }) => ({
    label: 'group a card',
    edit: (doc: Y.Doc, c: Ctx) => createGroup(doc, { id: newId(), column: c.column(0), title, cardIds: [c.card(i)] }),
  })),
  fc.nat().map((i) => ({
    label: 'format a text',
    edit: (doc: Y.Doc, c: Ctx) => cardText(doc, c.card(i))?.format(0, 1, { bold: true }),
  })),
  // Alice's Yjs client id at her next clock: stored, it would make the server skip her own next edit.
  fc.string({ maxLength: 20 }).map((text) => ({
    label: 'a card under Alice’s Yjs client id',
    asAlice: true,
    edit: (doc: Y.Doc, c: Ctx) => addCard(doc, { id: newId(), column: c.column(0), author: c.pid('mallory'), authorName: '', text }),
  })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ label: 'random bytes', bytes: () => bytes })),
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => ({
    label: 'a valid update with bytes changed',
    bytes: (valid: Uint8Array) => {
      const copy = valid.slice();
      for (const [at, value] of flips) copy[at % copy.length] = value;
      return copy;
    },
  })),
);

/** The board as stored, in a form to compare; and whether decoding it left anything pending. */
async function storedPicture(room: Room) {
  const doc = await room.stored();
  const cards = listCards(doc).map((card) => ({
    ...card,
    comments: listComments(doc, card.id),
    reactions: [...((cardsOf(doc).get(card.id)?.get('reactions') as Y.Map<unknown> | undefined)?.keys() ?? [])].sort(),
  }));
  return { cards, groups: doc.getMap('groups').size, clean: doc.store.pendingStructs === null && doc.store.pendingDs === null };
}

describe('random updates against a live board', () => {
  let room: Room;
  let mallory: Person;
  let alice: SioClient;
  let bob: WsClient;
  let reader: SioClient;
  const honest = () => new Set([room.alice.pid, room.bob.pid, room.facilitator.pid]);

  beforeAll(async () => {
    room = await openRoom();
    const joined = await room.request<{ participantToken: string; participantId: string }>('POST', '/api/join', { code: room.workshop.joinCode, name: 'Mallory' });
    mallory = { token: joined.body.participantToken, pid: joined.body.participantId };
    alice = await connectSocketIO(room.server.url, room.boardId, room.alice.token);
    bob = await connectYWebsocket(room.server.url, room.boardId, room.bob.token);
    reader = await connectSocketIO(room.server.url, room.boardId, room.organiser.token);
  });
  afterAll(async () => {
    alice.provider.destroy();
    bob.provider.destroy();
    reader.provider.destroy();
    await room.dispose();
  });

  async function honestEdit(step: number): Promise<void> {
    const id = `h${step}-${newId()}`;
    if (step % 2 === 0) {
      addCard(alice.doc, { id, column: room.column, author: room.alice.pid, authorName: 'Alice', text: `Alice ${step}` });
      await waitSaved(alice.provider);
    } else {
      addCard(bob.doc, { id, column: room.otherColumn, author: room.bob.pid, authorName: 'Bob', text: `Bob ${step}` });
    }
    await waitUntil(() => cardsOf(reader.doc).has(id), onDocChange([reader.doc]), 'the honest card reaches everyone');
  }

  async function hostileAttempt(transport: Transport, op: Hostile): Promise<Outcome> {
    const writer = await openWriter(room, transport, mallory);
    try {
      const cards = [...cardsOf(writer.doc).keys()];
      const ctx: Ctx = {
        card: (i) => cards[i % Math.max(1, cards.length)] ?? 'no-card',
        pid: (w) => (w === 'mallory' ? mallory.pid : w === 'stranger' ? 'stranger1' : room[w].pid),
        column: (i) => [room.column, room.otherColumn][i % 2]!,
      };
      const valid = updateFrom(writer.doc, (doc) => addCard(doc, { id: newId(), column: room.column, author: mallory.pid, authorName: '', text: 'ok' }));
      const update = 'edit' in op ? updateFrom(writer.doc, (doc) => op.edit(doc, ctx), op.asAlice ? alice.doc.clientID : undefined) : op.bytes(valid);
      return await writer.send(update);
    } finally {
      writer.close();
    }
  }

  it('answers every message, stores nothing refused, protects everyone’s cards, and honest clients converge', async () => {
    let step = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostile, fc.constantFrom(...TRANSPORTS)), { minLength: 1, maxLength: 5 }), async (ops) => {
        for (const [op, transport] of ops) {
          await honestEdit(step++);
          const before = await storedPicture(room);
          const outcome = await hostileAttempt(transport, op);
          const after = await storedPicture(room);
          expect(after.clean, op.label).toBe(true);
          if (!outcome.ok) expect(after, `${op.label}: refused, yet stored`).toEqual(before);
          // Whatever was accepted, nobody's card lost its text, author or comments to Mallory.
          for (const card of before.cards.filter((c) => honest().has(c.author))) {
            const now = after.cards.find((c) => c.id === card.id);
            expect(now, `${op.label}: ${card.id}`).toMatchObject({ text: card.text, author: card.author, authorName: card.authorName });
            expect(now!.comments.filter((c) => honest().has(c.author))).toEqual(card.comments.filter((c) => honest().has(c.author)));
          }
        }
        await waitConverged([alice.doc, bob.doc, reader.doc]);
      }),
      { numRuns: RUNS, endOnFailure: true, ...SEED },
    );
    expect(alice.provider.status).toBe('connected');
    expect(bob.provider.wsconnected).toBe(true);
    const fresh = await connectSocketIO(room.server.url, room.boardId, room.organiser.token);
    await waitConverged([fresh.doc, alice.doc, bob.doc]);
    expect(listCards(fresh.doc)).toEqual((await storedPicture(room)).cards.map(({ comments: _c, reactions: _r, ...card }) => card));
    fresh.provider.destroy();
  }, 240_000);
});

/** What an honest client does next on the board: none of it may throw, whatever was accepted. */
function honestClientWorks(doc: Y.Doc): void {
  const columns = new Set(listCards(doc).map((c) => c.column).concat('col-a'));
  for (const column of columns) {
    addCard(doc, { id: newId(), column, author: 'honest', authorName: 'H', text: 'x', index: 0 });
    addCard(doc, { id: newId(), column, author: 'honest', authorName: 'H' });
    createGroup(doc, { id: newId(), column, title: 'g' });
  }
  for (const card of listCards(doc)) {
    moveCard(doc, card.id, 'col-b', 0);
    listComments(doc, card.id);
    reactionsOf(doc, card.id, 'honest');
    roadmapOf(doc, card.id);
  }
  listGroups(doc);
}

describe('what the inspection lets through', () => {
  it('applies cleanly and leaves a board every honest client can keep using', () => {
    const base = new Y.Doc();
    addCard(base, { id: 'card-aaaaaa', column: 'col-a', author: 'alice1', authorName: 'Alice', text: 'Bonjour' });
    addComment(base, 'card-aaaaaa', { id: 'comment-1', author: 'bob001', authorName: 'Bob', text: 'Oui', replyTo: null });
    const ctx: Ctx = { card: () => 'card-aaaaaa', pid: (w) => `${w}-id`, column: (i) => ['col-a', 'col-b'][i % 2]! };
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (ops) => {
        const server = new Y.Doc();
        Y.applyUpdate(server, Y.encodeStateAsUpdate(base));
        for (const op of ops) {
          const valid = updateFrom(server, (doc) => addCard(doc, { id: newId(), column: 'col-a', author: 'm', authorName: '', text: 'ok' }));
          const update = 'edit' in op ? updateFrom(server, (doc) => op.edit(doc, ctx)) : op.bytes(valid);
          try {
            const described = describeUpdate(decodeUpdate(update), { doc: server, unapplied: [] });
            // The most a writer may do: an organiser, free co-writing, nothing restricted.
            checkWrite(described, {
              writer: { role: 'organiser', participantId: 'organiser', settings: { freeEditing: true, movesRestricted: false }, writesForOthers: true },
              anonymous: false,
              board: { doc: server, unapplied: [], storedBytes: 0 },
            });
          } catch (err) {
            // A refusal (never applied); anything else is a bug in the inspection.
            if (err instanceof AppError || err instanceof InvalidUpdateError) continue;
            throw err;
          }
          Y.applyUpdate(server, update);
          expect(server.store.pendingStructs, op.label).toBeNull();
          expect(server.store.pendingDs, op.label).toBeNull();
          const honest = new Y.Doc();
          Y.applyUpdate(honest, Y.encodeStateAsUpdate(server));
          honestClientWorks(honest);
        }
      }),
      { numRuns: 300, ...SEED },
    );
  }, 120_000);
});
