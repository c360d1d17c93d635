/**
 * What the server keeps on disk (names, the token secret) is readable by its own user only,
 * on a fresh install and on an older one whose files were created world-readable.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../test-support/test-server';

const parent = mkdtempSync(path.join(tmpdir(), 'coatelier-modes-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);
const files = (dir: string) => ['coatelier.sqlite', 'coatelier.sqlite-wal', 'coatelier.sqlite-shm', 'secret.key'].map((f) => path.join(dir, f));

describe('files in DATA_DIR', () => {
  it('are 0600, in a folder of mode 0700, when the server creates them', async () => {
    const dataDir = path.join(parent, 'fresh', 'data');
    const server = await startTestServer({}, dataDir);
    try {
      await server.createWorkshop('Fichiers');
      expect(mode(dataDir)).toBe('700');
      for (const file of files(dataDir)) {
        expect(existsSync(file), file).toBe(true);
        expect(mode(file), file).toBe('600');
      }
    } finally {
      await server.close();
    }
  });

  it('are made 0600 at start when an older install left them readable by all', async () => {
    const dataDir = path.join(parent, 'older');
    const first = await startTestServer({}, dataDir);
    await first.close();
    chmodSync(path.join(dataDir, 'coatelier.sqlite'), 0o644);
    // A WAL file left over by a crash, world-readable too.
    writeFileSync(path.join(dataDir, 'coatelier.sqlite-wal'), '', { mode: 0o644 });
    const second = await startTestServer({}, dataDir);
    try {
      for (const file of files(dataDir).slice(0, 3)) expect(mode(file), file).toBe('600');
    } finally {
      await second.close();
    }
  });
});
