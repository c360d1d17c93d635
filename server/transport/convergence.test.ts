import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardText, listCards, moveCard } from '@shared/board-model';
import type { CreatedWorkshop } from '@shared/protocol';
import {
  connectSocketIO,
  connectYWebsocket,
  onDocChange,
  waitConverged,
  waitSaved,
  waitUntil,
  type SioClient,
  type WsClient,
} from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { presenceOf } from '../security/presence-fixtures';

let server: TestServer;
let workshop: CreatedWorkshop;
const open: { destroy(): void }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
});
afterAll(async () => {
  for (const p of open) p.destroy();
  await server.dispose();
});

/** The organiser (a), Bea over long-polling (b) and Chloé over y-websocket (c), with their participant ids. */
async function threeClients(boardIndex: number): Promise<[SioClient, SioClient, WsClient, { b: string; c: string }]> {
  const board = workshop.boards[boardIndex]!;
  const [bea, chloe] = [await server.join(workshop.joinCode, 'Bea'), await server.join(workshop.joinCode, 'Chloé')];
  const a = await connectSocketIO(server.url, board.id, workshop.organiserToken);
  const b = await connectSocketIO(server.url, board.id, bea.participantToken, ['polling']);
  const c = await connectYWebsocket(server.url, board.id, chloe.participantToken);
  open.push(a.provider, b.provider, c.provider);
  return [a, b, c, { b: bea.participantId, c: chloe.participantId }];
}

/** Everyone may write in everyone's cards ("co-écriture libre"), as these tests do. */
async function freeCoWriting(organiser: SioClient): Promise<void> {
  expect(await organiser.provider.command({ type: 'freeEditing.set', enabled: true })).toMatchObject({ ok: true });
}

describe('two Socket.IO clients and a stock y-websocket client', () => {
  it('converge on concurrent typing in the same card', async () => {
    const [a, b, c] = await threeClients(0);
    await freeCoWriting(a);
    const column = workshop.boards[0]!.columns[0]!.id;
    addCard(a.doc, { id: 'card-shared1', column, author: 'a', authorName: 'Ana', text: 'Les élus ' });
    await waitUntil(() => cardText(b.doc, 'card-shared1') !== null && cardText(c.doc, 'card-shared1') !== null, onDocChange([b.doc, c.doc]), 'card everywhere');

    cardText(a.doc, 'card-shared1')!.insert(9, 'connaissent mal ');
    cardText(b.doc, 'card-shared1')!.insert(0, '⚠️ ');
    cardText(c.doc, 'card-shared1')!.insert(9, 'les SCIC');
    await waitConverged([a.doc, b.doc, c.doc]);
    const text = cardText(a.doc, 'card-shared1')!.toString();
    expect(text).toContain('⚠️ ');
    expect(text).toContain('connaissent mal ');
    expect(text).toContain('les SCIC');
  });

  it('converge on concurrent card creation and moves', async () => {
    const [a, b, c, ids] = await threeClients(1);
    const [col1, col2] = workshop.boards[1]!.columns.map((col) => col.id) as [string, string];
    for (let i = 0; i < 5; i++) {
      addCard(a.doc, { id: `card-a-${i}xx`, column: col1, author: 'a', authorName: 'A' });
      addCard(b.doc, { id: `card-b-${i}xx`, column: col1, author: ids.b, authorName: 'B', index: 0 });
      addCard(c.doc, { id: `card-c-${i}xx`, column: col2, author: ids.c, authorName: 'C' });
    }
    await waitConverged([a.doc, b.doc, c.doc]);
    expect(listCards(a.doc)).toHaveLength(15);

    // The same card moved by two people at once ends in one place for everyone.
    moveCard(a.doc, 'card-c-0xx', col1, 0);
    moveCard(b.doc, 'card-c-0xx', col1, 3);
    moveCard(c.doc, 'card-a-1xx', col2, 0);
    await waitConverged([a.doc, b.doc, c.doc]);
    const cards = listCards(c.doc);
    expect(cards.find((x) => x.id === 'card-c-0xx')?.column).toBe(col1);
    expect(cards.find((x) => x.id === 'card-a-1xx')?.column).toBe(col2);
    expect(new Set(cards.map((x) => x.id)).size).toBe(15);
  });

  it('share presence across transports', async () => {
    const [a, , c] = await threeClients(2);
    // The server relays only valid presence, naming the sender's own participant.
    a.provider.awareness.setLocalState(presenceOf(workshop.organiserToken, 'Ana'));
    c.provider.awareness.setLocalState(presenceOf(c.provider.params.token!, 'Chloé'));
    const names = (states: Map<number, Record<string, unknown>>) =>
      [...states.values()].map((s) => (s.user as { name?: string } | undefined)?.name).filter(Boolean).sort();
    const subscribe = (cb: () => void) => {
      a.provider.awareness.on('change', cb);
      c.provider.awareness.on('change', cb);
      return () => {
        a.provider.awareness.off('change', cb);
        c.provider.awareness.off('change', cb);
      };
    };
    await waitUntil(
      () => names(a.provider.awareness.getStates()).join() === 'Ana,Chloé' && names(c.provider.awareness.getStates()).join() === 'Ana,Chloé',
      subscribe,
      'presence on both transports',
    );
  });
});

describe('a client that goes offline', () => {
  it('keeps its edits and merges them on reconnect', async () => {
    const board = workshop.boards[3]!;
    const column = board.columns[0]!.id;
    const a = await connectSocketIO(server.url, board.id, workshop.organiserToken);
    const bob = await server.join(workshop.joinCode, 'Bob');
    const b = await connectSocketIO(server.url, board.id, bob.participantToken);
    open.push(a.provider, b.provider);
    await freeCoWriting(a);
    addCard(a.doc, { id: 'card-before1', column, author: 'a', authorName: 'A', text: 'Avant' });
    await waitSaved(a.provider);
    await waitConverged([a.doc, b.doc]);

    b.provider.disconnect();
    await waitUntil(() => b.provider.status === 'disconnected', (cb) => (b.provider.on('status', cb), () => b.provider.off('status', cb)));
    addCard(b.doc, { id: 'card-offline', column, author: bob.participantId, authorName: 'B', text: 'Écrit hors ligne' });
    cardText(b.doc, 'card-before1')!.insert(5, ' (complété)');
    addCard(a.doc, { id: 'card-online1', column, author: 'a', authorName: 'A', text: 'Pendant ce temps' });
    expect(b.provider.saved).toBe(false);

    b.provider.connect();
    await waitSaved(b.provider);
    await waitConverged([a.doc, b.doc]);
    expect(listCards(a.doc).map((card) => card.text).sort()).toEqual(['Avant (complété)', 'Pendant ce temps', 'Écrit hors ligne'].sort());
  });
});

describe('randomised convergence', () => {
  it('five clients with random edits, disconnects and reconnects end equal', async () => {
    const board = workshop.boards[2]!;
    const columns = board.columns.map((c) => c.id);
    const people = await Promise.all([0, 1, 2, 3, 4].map((i) => server.join(workshop.joinCode, `P${i}`)));
    const clients = await Promise.all(people.map((p) => connectSocketIO(server.url, board.id, p.participantToken)));
    open.push(...clients.map((c) => c.provider));
    const organiser = await connectSocketIO(server.url, board.id, workshop.organiserToken);
    open.push(organiser.provider);
    await freeCoWriting(organiser);
    // A seeded generator keeps a failure reproducible.
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    for (let step = 0; step < 300; step++) {
      // Yield to the network between edits so that messages interleave with disconnects.
      await new Promise((resolve) => setImmediate(resolve));
      const who = Math.floor(random() * clients.length);
      const client = clients[who]!;
      const author = people[who]!.participantId;
      const cards = listCards(client.doc);
      const roll = random();
      if (roll < 0.05) {
        if (client.provider.status === 'disconnected') client.provider.connect();
        else client.provider.disconnect();
      } else if (roll < 0.35 || cards.length === 0) {
        addCard(client.doc, { id: `r${step}-${Math.floor(random() * 1e6)}`, column: pick(columns), author, authorName: 'R', text: 'x' });
      } else if (roll < 0.7) {
        const text = cardText(client.doc, pick(cards).id)!;
        text.insert(Math.floor(random() * (text.length + 1)), String.fromCharCode(97 + (step % 26)));
      } else if (roll < 0.9) {
        moveCard(client.doc, pick(cards).id, pick(columns), Math.floor(random() * 5));
      } else {
        // Each person deletes only their own cards: others' are theirs to delete.
        const own = cards.filter((card) => card.author === author);
        if (own.length > 0) client.doc.getMap('cards').delete(pick(own).id);
      }
    }
    for (const c of clients) if (c.provider.status === 'disconnected') c.provider.connect();
    await Promise.all(clients.map((c) => waitSaved(c.provider)));
    await waitConverged(clients.map((c) => c.doc), 15_000);

    // A fresh client loading from the server sees the same board.
    const late = await connectSocketIO(server.url, board.id, workshop.organiserToken);
    open.push(late.provider);
    await waitConverged([late.doc, clients[0]!.doc]);
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(clients[0]!.doc));
  });
});
