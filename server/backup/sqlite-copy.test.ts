/**
 * The paged copy finishes while another connection writes between every one of its steps,
 * which restarts SQLite's copy each time: a fixed step would never end on a busy board.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_STEP_PAGES, copyDatabase } from './sqlite-copy';

const dir = mkdtempSync(path.join(tmpdir(), 'coatelier-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('copyDatabase', () => {
  it('outruns a writer that commits between every step, and copies what was committed before', async () => {
    const source = path.join(dir, 'busy.sqlite');
    const writer = new Database(source);
    writer.pragma('journal_mode = WAL');
    writer.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
    const insert = writer.prepare('INSERT INTO rows (data) VALUES (?)');
    // Eight times the first step, so that the copy needs several steps.
    const rowsBefore = FIRST_STEP_PAGES * 8;
    writer.transaction(() => {
      for (let i = 0; i < rowsBefore; i++) insert.run(Buffer.alloc(4_000, i % 251));
    })();

    // better-sqlite3 runs each step in its own setImmediate: this writer commits in between.
    let writing = true;
    const writeBetweenSteps = () => {
      if (!writing) return;
      insert.run(Buffer.alloc(100));
      setImmediate(writeBetweenSteps);
    };
    setImmediate(writeBetweenSteps);
    const dest = path.join(dir, 'copy.sqlite');
    const restarts = await copyDatabase(source, dest);
    writing = false;
    writer.close();

    expect(restarts).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('copy'))).toEqual(['copy.sqlite']);
    const copy = new Database(dest, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT count(*) AS n FROM rows').get() as { n: number }).n).toBeGreaterThanOrEqual(rowsBefore);
    copy.close();
  });

  it('stops when aborted, and says so', async () => {
    const source = path.join(dir, 'busy.sqlite');
    const abort = new AbortController();
    abort.abort();
    await expect(copyDatabase(source, path.join(dir, 'aborted.sqlite'), abort.signal)).rejects.toThrow('backup aborted');
  });
});
