/**
 * The paged copy finishes while another connection writes between every one of its steps
 * (which would restart a plain SQLite backup each time), and copies one consistent moment.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { copyDatabase } from './sqlite-copy';

const dir = mkdtempSync(path.join(tmpdir(), 'coatelier-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('copyDatabase', () => {
  it('copies the database as it was when it began, while a writer commits between every step', async () => {
    const source = path.join(dir, 'busy.sqlite');
    const writer = new Database(source);
    writer.pragma('journal_mode = WAL');
    writer.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
    const insert = writer.prepare('INSERT INTO rows (data) VALUES (?)');
    // About 2,000 pages of 4 KiB: several steps.
    const rowsBefore = 2_000;
    writer.transaction(() => {
      for (let i = 0; i < rowsBefore; i++) insert.run(Buffer.alloc(4_000, i % 251));
    })();

    // better-sqlite3 runs each step in its own setImmediate: this writer commits in between.
    let writing = true;
    let writtenDuringCopy = 0;
    const writeBetweenSteps = () => {
      if (!writing) return;
      insert.run(Buffer.alloc(100));
      writtenDuringCopy++;
      setImmediate(writeBetweenSteps);
    };
    setImmediate(writeBetweenSteps);
    const dest = path.join(dir, 'copy.sqlite');
    const pages = await copyDatabase(source, dest);
    writing = false;
    writer.close();

    expect(pages).toBeGreaterThan(rowsBefore);
    expect(writtenDuringCopy).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('copy'))).toEqual(['copy.sqlite']);
    const copy = new Database(dest, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT count(*) AS n FROM rows').get() as { n: number }).n).toBe(rowsBefore);
    copy.close();
  });

  it('stops when aborted, and says so', async () => {
    const source = path.join(dir, 'busy.sqlite');
    const abort = new AbortController();
    abort.abort();
    await expect(copyDatabase(source, path.join(dir, 'aborted.sqlite'), abort.signal)).rejects.toThrow('backup aborted');
  });
});
