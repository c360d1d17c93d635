/**
 * Imports that cannot hurt the server: a file the server refuses answers 400 and leaves
 * nothing behind, and a storage failure halfway leaves no board, document or vote.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/protocol';
import { TokenIssuer } from '../auth/tokens';
import { WorkshopService } from '../domain/workshop-service';
import { BackupImporter, parseBackup, planImport } from '../results/import-backup';
import { SqliteStore } from '../storage/sqlite-store';
import type { Storage } from '../storage/storage';
import { largeBackup } from '../test-support/sample-backup';
import { startTestServer, tempDataDir, type TestServer } from '../test-support/test-server';

/** Rows in every table an import writes, read from the database file itself. */
function rows(dataDir: string) {
  const db = new Database(path.join(dataDir, 'coatelier.sqlite'), { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { workshops: count('workshops'), boards: count('boards'), documents: count('board_updates'), votes: count('votes'), participants: count('participants') };
  } finally {
    db.close();
  }
}

/** A valid backup with votes, and its first participant named twice. */
function backupWithDuplicate() {
  const backup = largeBackup(40);
  const [first] = backup.participants;
  backup.boards[0]!.votes = [{ participantId: first!.id, cardId: backup.boards[0]!.cards[0]!.id }];
  return { backup, duplicate: { ...first!, name: 'Quelqu’un d’autre' } };
}

describe('a refused import', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.dispose());

  it('answers 400 naming a participant id given twice, and creates nothing', async () => {
    const { backup, duplicate } = backupWithDuplicate();
    backup.participants.push(duplicate);
    const before = rows(server.dataDir);
    const res = await server.request<ApiError>('POST', '/api/workshops/import', backup);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toContain(`participant id ${duplicate.id} twice`);
    expect(rows(server.dataDir)).toEqual(before);
  });
});

describe('a storage failure while importing', () => {
  const dataDir = tempDataDir();
  const store = new SqliteStore({ dataDir });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('removes the boards, documents and votes already written when a participant cannot be stored', async () => {
    let written = 0;
    // The disk fills up on the third participant, after the workshop and its boards.
    const failing = new Proxy(store, {
      get: (target, key, receiver) =>
        key === 'addParticipant'
          ? (...args: Parameters<Storage['addParticipant']>) => (++written === 3 ? Promise.reject(new Error('disk full')) : target.addParticipant(...args))
          : (Reflect.get(target, key, receiver) as unknown),
    }) as Storage;
    const tokens = new TokenIssuer(new Uint8Array(32).fill(7));
    const importer = new BackupImporter(failing, tokens, new WorkshopService(failing, tokens));
    const { backup } = backupWithDuplicate();
    await expect(importer.import(planImport(parseBackup(JSON.stringify(backup))))).rejects.toThrow('disk full');
    expect(written).toBe(3);
    expect(rows(dataDir)).toMatchObject({ boards: 0, documents: 0, votes: 0 });
  });
});
