import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../test-support/test-server';
import { AppendFailedError, AppendWorker } from './append-worker';
import { SqliteStore } from './sqlite-store';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A migrated database (the store creates it) and an append worker on its file. */
function database() {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const store = new SqliteStore({ dataDir });
  const appender = new AppendWorker({ file: path.join(dataDir, 'coatelier.sqlite'), synchronous: 'FULL' });
  return { dataDir, store, appender };
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe('appends in a worker thread', () => {
  it('commits appends of several boards, which the store then reads in order', async () => {
    const { store, appender } = database();
    const seqs = await Promise.all([
      appender.append('a', bytes(1)),
      appender.append('b', bytes(2)),
      appender.append('a', bytes(3, 4)),
    ]);
    expect(seqs[0]).toBeLessThan(seqs[1]!);
    expect(seqs[1]).toBeLessThan(seqs[2]!);
    const a = await store.loadBoard('a');
    expect(a.seqs).toEqual([seqs[0], seqs[2]]);
    expect(a.updates.map((u) => [...u])).toEqual([[1], [3, 4]]);
    expect((await store.loadBoard('b')).seqs).toEqual([seqs[1]]);
    await appender.close();
    await store.close();
  });

  it('compacts: a snapshot replaces the rows it folds, beside other boards\' appends', async () => {
    const { store, appender } = database();
    const folded = await Promise.all([appender.append('a', bytes(1)), appender.append('a', bytes(2))]);
    const [other, snapshot, after] = await Promise.all([
      appender.append('b', bytes(9)),
      appender.append('a', bytes(1, 2), folded),
      appender.append('a', bytes(3)),
    ]);
    const a = await store.loadBoard('a');
    expect(a.seqs).toEqual([snapshot, after]);
    expect(a.updates.map((u) => [...u])).toEqual([[1, 2], [3]]);
    expect((await store.loadBoard('b')).seqs).toEqual([other]);
    await appender.close();
    await store.close();
  });

  it('answers each of many concurrent appends with its own row', async () => {
    const { store, appender } = database();
    const seqs = await Promise.all(Array.from({ length: 300 }, (_, i) => appender.append(`board-${i % 7}`, bytes(i % 256))));
    expect(new Set(seqs).size).toBe(300);
    // Posted in order, committed in order: seqs rise with the calls.
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    const loaded = await store.loadBoard('board-3');
    expect(loaded.updates.map((u) => u[0])).toEqual(Array.from({ length: 300 }, (_, i) => i).filter((i) => i % 7 === 3).map((i) => i % 256));
    await appender.close();
    await store.close();
  });

  it('can be started before the first append, and closed without one', async () => {
    const { dataDir, store, appender } = database();
    appender.warm();
    await appender.close();
    await expect(appender.append('a', bytes(1))).rejects.toBeInstanceOf(AppendFailedError);
    const warmed = new AppendWorker({ file: path.join(dataDir, 'coatelier.sqlite'), synchronous: 'FULL' });
    warmed.warm();
    await expect(warmed.append('a', bytes(2))).resolves.toBeGreaterThan(0);
    await warmed.close();
    await store.close();
  });

  it('commits what it holds before closing', async () => {
    const { store, appender } = database();
    const pending = Array.from({ length: 20 }, (_, i) => appender.append('a', bytes(i)));
    await appender.close();
    expect(await Promise.all(pending)).toHaveLength(20);
    expect((await store.loadBoard('a')).seqs).toHaveLength(20);
    await expect(appender.append('a', bytes(1))).rejects.toBeInstanceOf(AppendFailedError);
    await store.close();
  });

  it('refuses an append the database refuses, and takes the next ones', async () => {
    const { store, appender } = database();
    // board_id is NOT NULL: this one transaction fails, the thread goes on.
    await expect(appender.append(null as unknown as string, bytes(1))).rejects.toBeInstanceOf(AppendFailedError);
    await expect(appender.append('a', bytes(2))).resolves.toBeGreaterThan(0);
    await appender.close();
    await store.close();
  });

  it('fails the appends of a thread that died, and starts another for the next', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const file = path.join(dataDir, 'later', 'coatelier.sqlite');
    const appender = new AppendWorker({ file, synchronous: 'FULL' });
    // Its folder does not exist yet: the thread cannot open the database and ends.
    await expect(appender.append('a', bytes(1))).rejects.toThrow(/append worker stopped/);
    const store = new SqliteStore({ dataDir: path.dirname(file) });
    await expect(appender.append('a', bytes(2))).resolves.toBeGreaterThan(0);
    expect((await store.loadBoard('a')).updates.map((u) => [...u])).toEqual([[2]]);
    await appender.close();
    await store.close();
  });

  it("lets no other connection's commit slip between a vote's read and its insert", async () => {
    const { dataDir, store, appender } = database();
    // Another writer on the file, as the append worker is; it does not wait for the lock.
    const other = new Database(path.join(dataDir, 'coatelier.sqlite'), { timeout: 0 });
    const refusedWhileCounting: string[] = [];
    const refusal = await store.castVote('a', { participantId: 'p1', cardId: 'x' }, (mine) => {
      // The vote has counted this person's votes; a commit now would make its insert fail
      // (SQLITE_BUSY_SNAPSHOT) had its transaction not taken the write lock first.
      try {
        other.prepare('INSERT INTO board_updates (board_id, data) VALUES (?, ?)').run('a', Buffer.from([1]));
      } catch (err) {
        refusedWhileCounting.push((err as { code?: string }).code ?? String(err));
      }
      return mine.length > 0 ? 'budget_spent' : null;
    });
    expect(refusal).toBeNull();
    expect(refusedWhileCounting).toEqual(['SQLITE_BUSY']);
    expect(await store.listVotes('a')).toEqual([{ participantId: 'p1', cardId: 'x' }]);
    // Votes and the worker's appends interleave without a refusal.
    const votes = Array.from({ length: 50 }, (_, i) =>
      store.castVote('a', { participantId: `p${i}`, cardId: 'y' }, () => null),
    );
    const appends = Array.from({ length: 50 }, (_, i) => appender.append('a', bytes(i)));
    expect(await Promise.all(votes)).toEqual(Array(50).fill(null));
    expect(await Promise.all(appends)).toHaveLength(50);
    other.close();
    await appender.close();
    await store.close();
  });
});
