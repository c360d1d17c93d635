/**
 * `npm run backup` against a real server process while real clients write on both
 * transports: every edit the server had acknowledged when the backup started is in the
 * copy, and a server started on the copy accepts the tokens handed out before.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, listCards } from '@shared/board-model';
import { newId } from '@shared/ids';
import type { CreatedWorkshop, JoinResult } from '@shared/protocol';
import { spawnServer } from '../test-support/server-process';
import { connectSocketIO, connectYWebsocket, onDocChange, waitSaved, waitUntil } from '../test-support/test-clients';
import { apiClient } from '../test-support/test-server';
import type { BackupManifest } from './online-backup';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'coatelier-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real command, as `npm run backup -- DIR` runs it, in the server's environment. */
function runCli(dest: string, env: Record<string, string>): Promise<CliRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, dest], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** Cards written by one person, each as soon as the previous one is stored. */
async function writeUntil(stopped: () => boolean, write: (id: string) => void, stored: () => Promise<void>): Promise<void> {
  // Far below the board's card limit, even on a fast machine.
  for (let n = 0; n < 2_000 && !stopped(); n++) {
    write(newId());
    await stored();
  }
}

const cardsBy = (doc: Y.Doc, author: string) => listCards(doc).filter((c) => c.author === author).map(({ id, text }) => ({ id, text }));

describe('npm run backup', () => {
  const dataDir = path.join(root, 'data');
  const copy = path.join(root, 'copy');

  it('copies a server under writes on both transports; a server on the copy has every acknowledged edit and the old tokens', async () => {
    // Limits off: writers send as fast as the server stores.
    const env = { MAX_MESSAGES_PER_SECOND: '0' };
    const first = await spawnServer(dataDir, env);
    const api = apiClient(first.url);
    const { body: workshop } = await api<CreatedWorkshop>('POST', '/api/workshops', { title: 'Sauvegarde' });
    const board = workshop.boards[0]!;
    const column = board.columns[0]!.id;
    const { body: alice } = await api<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name: 'Alice' });
    const { body: bob } = await api<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name: 'Bob' });
    const sio = await connectSocketIO(first.url, board.id, alice.participantToken);
    const ws = await connectYWebsocket(first.url, board.id, bob.participantToken);

    // Alice's cards count once the server acknowledged them over Socket.IO; Bob's (y-websocket
    // has no acknowledgement) once relayed to Alice, since the server stores before relaying.
    let aliceAcknowledged: { id: string; text: string }[] = [];
    sio.provider.on('saved', (saved: boolean) => {
      if (saved) aliceAcknowledged = cardsBy(sio.doc, alice.participantId);
    });
    const relayedToAlice = () => cardsBy(sio.doc, bob.participantId);
    let backupDone = false;
    const writers = Promise.all([
      writeUntil(
        () => backupDone,
        (id) => addCard(sio.doc, { id, column, author: alice.participantId, authorName: 'Alice', text: `Alice ${id}` }),
        () => waitSaved(sio.provider),
      ),
      writeUntil(
        () => backupDone,
        (id) => addCard(ws.doc, { id, column, author: bob.participantId, authorName: 'Bob', text: `Bob ${id}` }),
        () => waitUntil(() => relayedToAlice().length === cardsBy(ws.doc, bob.participantId).length, onDocChange([sio.doc]), 'relayed'),
      ),
    ]);
    await waitUntil(() => relayedToAlice().length >= 5 && aliceAcknowledged.length >= 5, onDocChange([sio.doc]), 'first edits');
    const acknowledged = [...aliceAcknowledged, ...relayedToAlice()];

    const run = await runCli(copy, { DATA_DIR: dataDir });
    backupDone = true;
    await writers;
    sio.provider.destroy();
    ws.provider.destroy();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/coatelier\.sqlite +[\d,]+ bytes/);
    expect(run.stdout).toMatch(/secret\.key +44 bytes/);
    // A standalone database: no WAL beside it, and the manifest names exactly what is there.
    const manifest = JSON.parse(readFileSync(path.join(copy, 'backup.json'), 'utf8')) as BackupManifest;
    expect(manifest).toMatchObject({ app: 'coatelier', source: dataDir });
    expect(readdirSync(copy).sort()).toEqual(['backup.json', 'coatelier.sqlite', 'secret.key']);
    expect(manifest.files.map((f) => f.name).sort()).toEqual(['coatelier.sqlite', 'secret.key']);

    const second = await spawnServer(copy);
    try {
      const reader = await connectYWebsocket(second.url, board.id, alice.participantToken);
      const restored = new Map(listCards(reader.doc).map((c) => [c.id, c.text]));
      expect(acknowledged.length).toBeGreaterThanOrEqual(10);
      for (const card of acknowledged) expect(restored.get(card.id), card.text).toBe(card.text);
      reader.provider.destroy();
      const { status } = await apiClient(second.url)('GET', `/api/workshops/${workshop.id}`, undefined, workshop.organiserToken);
      expect(status).toBe(200);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  }, 90_000);

  it('refuses a folder that is not empty, and touches nothing in it', async () => {
    const busy = path.join(root, 'busy');
    mkdirSync(busy);
    writeFileSync(path.join(busy, 'notes.txt'), 'à garder');
    const run = await runCli(busy, { DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${busy} is not empty`);
    expect(readdirSync(busy)).toEqual(['notes.txt']);
  }, 30_000);

  it('refuses with DATABASE_URL and gives the pg_dump command instead', async () => {
    const dest = path.join(root, 'pg');
    const run = await runCli(dest, { DATA_DIR: dataDir, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pg_dump -Fc "$DATABASE_URL" > coatelier.dump');
    expect(existsSync(dest)).toBe(false);
  }, 30_000);

  it('refuses a DATA_DIR without a database, so that a wrong setting is not taken for a backup', async () => {
    const dest = path.join(root, 'nothing');
    const run = await runCli(dest, { DATA_DIR: path.join(root, 'no-such-data') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No SQLite database');
    expect(existsSync(dest)).toBe(false);
  }, 30_000);
});
