import { rmSync } from 'node:fs';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, listCards } from '@shared/board-model';
import { TIMINGS } from '@shared/limits';
import { SqliteStore } from '../storage/sqlite-store';
import type { DocumentStore } from '../storage/storage';
import { tempDataDir } from '../test-support/test-server';
import { BoardDoc, InvalidUpdateError } from './board-doc';
import { BoardRegistry } from './board-registry';

const log = pino({ level: 'silent' });
const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function sqlite(): SqliteStore {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const store = new SqliteStore({ dataDir });
  stores.push(store);
  return store;
}

/** A real store whose next `failures` writes fail, as a full disk or a lost database would. */
function failingFirst(store: DocumentStore, failures: number) {
  let allFailed: () => void = () => undefined;
  const state = { failures, attempts: 0, allFailed: new Promise<void>((resolve) => (allFailed = resolve)) };
  const wrapped: DocumentStore = {
    loadBoard: (id) => store.loadBoard(id),
    compact: (id, snapshot, seq) => store.compact(id, snapshot, seq),
    appendUpdate: async (id, update) => {
      state.attempts++;
      if (state.failures-- > 0) {
        if (state.failures === 0) allFailed();
        throw new Error('disk full');
      }
      return store.appendUpdate(id, update);
    },
  };
  return { wrapped, state };
}

function cardUpdate(id: string, text = 'texte'): Uint8Array {
  const doc = new Y.Doc();
  addCard(doc, { id, column: 'c', author: 'a', authorName: 'A', text });
  return Y.encodeStateAsUpdate(doc);
}

describe('BoardDoc', () => {
  it('retries a failed write, and neither applies, relays nor acknowledges before it succeeds', async () => {
    const store = sqlite();
    const { wrapped, state } = failingFirst(store, 2);
    const board = await BoardDoc.load('board1', wrapped, log);
    const relayed: Uint8Array[] = [];
    board.subscribe({ onUpdate: (u) => relayed.push(u), onAwareness: () => undefined });
    let acknowledged = false;
    const stored = board.submit(cardUpdate('card-1')).then(() => (acknowledged = true));
    await state.allFailed;
    expect(acknowledged).toBe(false);
    expect(relayed).toHaveLength(0);
    expect(listCards(board.doc)).toHaveLength(0);
    await stored;
    expect(state.attempts).toBe(3);
    expect(relayed).toHaveLength(1);
    expect(listCards(board.doc).map((c) => c.id)).toEqual(['card-1']);
    expect((await store.loadBoard('board1')).updates).toHaveLength(1);
    await board.close();
  });

  it('refuses a malformed update without touching document or store', async () => {
    const store = sqlite();
    const board = await BoardDoc.load('board1', store, log);
    await expect(board.submit(new Uint8Array([1, 2, 3, 255, 255]))).rejects.toBeInstanceOf(InvalidUpdateError);
    expect((await store.loadBoard('board1')).updates).toHaveLength(0);
    await board.close();
  });

  it('merges updates that arrive together into one write', async () => {
    const store = sqlite();
    const board = await BoardDoc.load('board1', store, log);
    await Promise.all([1, 2, 3, 4, 5].map((i) => board.submit(cardUpdate(`card-${i}`))));
    expect((await store.loadBoard('board1')).updates).toHaveLength(1);
    expect(listCards(board.doc)).toHaveLength(5);
    await board.close();
  });

  it('stores a crowd of updates queued in one turn as one write, and what arrives during a write as the next', async () => {
    const store = sqlite();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let writing: () => void = () => undefined;
    const firstWrite = new Promise<void>((resolve) => (writing = resolve));
    const writes: number[] = [];
    const slowFirst: DocumentStore = {
      loadBoard: (id) => store.loadBoard(id),
      compact: (id, snapshot, seqs) => store.compact(id, snapshot, seqs),
      appendUpdate: async (id, update) => {
        writes.push(update.byteLength);
        if (writes.length === 1) {
          writing();
          await gate;
        }
        return store.appendUpdate(id, update);
      },
    };
    const board = await BoardDoc.load('board1', slowFirst, log);
    const crowd = Array.from({ length: 200 }, (_, i) => board.submit(cardUpdate(`card-${i}`)));
    await firstWrite;
    const during = Array.from({ length: 50 }, (_, i) => board.submit(cardUpdate(`late-${i}`)));
    release();
    await Promise.all([...crowd, ...during]);
    expect(writes).toHaveLength(2);
    expect((await store.loadBoard('board1')).updates).toHaveLength(2);
    expect(listCards(board.doc)).toHaveLength(250);
    await board.close();
  });

  it('says how long each update spent in the server once it is relayed, before it is acknowledged', async () => {
    const store = sqlite();
    const events: string[] = [];
    const waited: number[] = [];
    const board = await BoardDoc.load('board1', store, log, {
      onRelayed: ({ boardId, waitedMs }) => {
        events.push(`timed ${boardId}`);
        waited.push(...waitedMs);
      },
    });
    board.subscribe({ onUpdate: () => events.push('relayed'), onAwareness: () => undefined });
    const started = performance.now();
    await Promise.all([1, 2, 3].map((i) => board.submit(cardUpdate(`card-${i}`)).then(() => events.push('acknowledged'))));
    const elapsed = performance.now() - started;
    expect(events).toEqual(['relayed', 'timed board1', 'acknowledged', 'acknowledged', 'acknowledged']);
    expect(waited).toHaveLength(3);
    for (const ms of waited) {
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThanOrEqual(elapsed);
    }
    await board.close();
  });

  it('sends at once while quiet, and waits between batches once busy and read by many', async () => {
    const store = sqlite();
    const crowded = await BoardDoc.load('board1', store, log, {}, () => 2_000);
    const small = await BoardDoc.load('board2', store, log, {}, () => 3);
    expect(crowded.batchWindowMs).toBe(0);
    const burst = (board: BoardDoc, prefix: string) =>
      Promise.all(Array.from({ length: 1_000 }, (_, i) => board.submit(cardUpdate(`${prefix}-${i}`))));
    await Promise.all([burst(crowded, 'a'), burst(small, 'b')]);
    expect(crowded.batchWindowMs).toBeGreaterThan(0);
    expect(crowded.batchWindowMs).toBeLessThanOrEqual(TIMINGS.batchIntervalMs);
    expect(small.batchWindowMs).toBe(0);
    await Promise.all([crowded.close(), small.close()]);
  });

  it("relays other instances' updates together, and a stored batch at once", async () => {
    const store = sqlite();
    const board = await BoardDoc.load('board1', store, log);
    const relayed: Uint8Array[] = [];
    let heard: () => void = () => undefined;
    board.subscribe({ onUpdate: (u) => (relayed.push(u), heard()), onAwareness: () => undefined });
    const cardsIn = (update: Uint8Array) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      return listCards(doc).map((c) => c.id).sort();
    };
    const next = () => new Promise<void>((resolve) => (heard = resolve));

    let relay = next();
    board.applyRemote(cardUpdate('remote-1'), 101);
    board.applyRemote(cardUpdate('remote-2'), 102);
    // Applied at once (a joining client's sync sees them), relayed together.
    expect(listCards(board.doc)).toHaveLength(2);
    expect(relayed).toHaveLength(0);
    await relay;
    expect(relayed.map(cardsIn)).toEqual([['remote-1', 'remote-2']]);

    relay = next();
    await board.submit(cardUpdate('local'));
    await relay;
    expect(relayed.slice(1).map(cardsIn)).toEqual([['local']]);
    await board.close();
  });

  it('compacts its log into one snapshot on close, and reloads the same content', async () => {
    const store = sqlite();
    const board = await BoardDoc.load('board1', store, log);
    for (let i = 0; i < 5; i++) await board.submit(cardUpdate(`card-${i}`, `n°${i}`));
    expect((await store.loadBoard('board1')).updates).toHaveLength(5);
    const before = listCards(board.doc);
    await board.close();
    expect((await store.loadBoard('board1')).updates).toHaveLength(1);
    const reloaded = await BoardDoc.load('board1', store, log);
    expect(listCards(reloaded.doc)).toEqual(before);
    await reloaded.close();
  });

  it('compacts while live once its log has enough rows and as many bytes as its last snapshot', async () => {
    const store = sqlite();
    // A board holding a large snapshot (long texts) followed by many small rows.
    const big = new Y.Doc();
    for (let i = 0; i < 50; i++) addCard(big, { id: `big-${i}`, column: 'c', author: 'a', authorName: 'A', text: 'x'.repeat(1_900) });
    await store.appendUpdate('board1', Y.encodeStateAsUpdate(big));
    for (let i = 0; i < TIMINGS.compactEveryUpdates; i++) await store.appendUpdate('board1', cardUpdate(`small-${i}`));
    const board = await BoardDoc.load('board1', store, log);
    // Counted once the board is idle: a compaction follows the batch that made it due.
    const rows = async () => (await board.drain(), (await store.loadBoard('board1')).updates.length);
    // Enough rows, far fewer bytes than the board: not worth re-encoding the board yet.
    await board.submit(cardUpdate('one-more'));
    expect(await rows()).toBe(TIMINGS.compactEveryUpdates + 2);
    // Once the log weighs as much as what was loaded, a batch folds everything into one row.
    let written = 0;
    while ((await rows()) > 1) await board.submit(cardUpdate(`heavy-${written++}`, 'y'.repeat(1_999)));
    expect(written).toBeGreaterThan(40);
    expect(listCards(board.doc)).toHaveLength(50 + TIMINGS.compactEveryUpdates + 1 + written);
    await board.close();
  });
});

describe('BoardRegistry', () => {
  it('loads a board once, unloads it after its last holder left, and reloads it intact', async () => {
    const store = sqlite();
    let unloaded: () => void = () => undefined;
    const registry = new BoardRegistry(store, log, 5, { onUnloaded: () => unloaded() });
    const [a, b] = await Promise.all([registry.acquire('board1'), registry.acquire('board1')]);
    expect(a).toBe(b);
    await a.submit(cardUpdate('card-kept'));
    const gone = new Promise<void>((resolve) => (unloaded = resolve));
    registry.release('board1');
    registry.release('board1');
    await gone;
    expect(registry.loadedCount).toBe(0);
    const again = await registry.acquire('board1');
    expect(registry.holderCounts()).toEqual([1]);
    expect(again).not.toBe(a);
    expect(listCards(again.doc).map((c) => c.id)).toEqual(['card-kept']);
    await registry.closeAll();
  });
});
