/** Moderation's tables on both engines: hidden words kept and appended, the inbox bounded, both gone with their board. */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, dropSchema, freshSchema, servicesFor } from '../test-support/services';
import { tempDataDir } from '../test-support/test-server';
import type { InboxRecord } from './moderation-store';
import { PostgresStore } from './postgres-store';
import { SqliteStore } from './sqlite-store';
import type { Storage } from './storage';

const postgres = await servicesFor('postgres');
const dataDir = tempDataDir();
const schema = freshSchema();
const opened: Storage[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (postgres) await dropSchema(schema);
});

let counter = 0;
/** A workshop with one board; the board's id. */
async function newBoard(storage: Storage): Promise<string> {
  const n = `${Date.now().toString(36)}${counter++}`;
  const workshopId = `wsMod${n}`;
  const boardId = `bMod${n}`;
  await storage.createWorkshop(
    {
      id: workshopId,
      title: 'Rencontres ESS',
      date: null,
      place: null,
      joinCode: `M${(Date.now() % 100_000).toString(36).toUpperCase()}${counter}`,
      createdAt: 0,
      archivedAt: null,
      retentionDays: null,
      anonymisedAt: null,
      linkGenerations: { facilitator: 0, viewer: 0, participant: 0 },
    },
    [{ id: boardId, workshopId, title: 'Idées', position: 0, columns: [{ id: 'col1', title: 'Idées' }], kind: 'board', table: null, sourceBoardId: null }],
  );
  return boardId;
}

const engines: [string, () => Promise<Storage>][] = [['SQLite', async () => new SqliteStore({ dataDir })]];
if (postgres) engines.push(['PostgreSQL', () => PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema })]);

const item = (boardId: string, id: string, author: string, createdAt = 1): InboxRecord => ({
  id,
  boardId,
  column: 'col1',
  text: `Carte ${id}`,
  color: 'blue',
  author,
  createdAt,
  status: 'pending',
});

describe.each(engines)('moderation in %s', (_name, open) => {
  it('keeps a hidden card’s words, appends late ones, changes the reason, and gives them back once', async () => {
    const storage = await open();
    opened.push(storage);
    const boardId = await newBoard(storage);
    const record = { boardId, cardId: 'card1', text: 'Des mots', reason: 'Hors sujet', author: 'p1', hiddenBy: 'f1', hiddenAt: 10 };
    await storage.moderation.hide(record);
    await storage.moderation.hide({ ...record, text: ' tardifs', reason: 'Propos injurieux', hiddenAt: 20 });
    expect(await storage.moderation.hidden(boardId)).toEqual([{ ...record, text: 'Des mots tardifs', reason: 'Propos injurieux', hiddenAt: 20 }]);
    expect(await storage.moderation.unhide(boardId, 'card1')).toMatchObject({ text: 'Des mots tardifs' });
    expect(await storage.moderation.unhide(boardId, 'card1')).toBeNull();
    expect(await storage.moderation.hidden(boardId)).toEqual([]);
  });

  it('bounds the inbox per participant and per board, refuses, takes and forgets with the board', async () => {
    const storage = await open();
    opened.push(storage);
    const boardId = await newBoard(storage);
    const bounds = { perParticipant: 2, perBoard: 3 };
    expect(await storage.moderation.addToInbox(item(boardId, `${boardId}a`, 'p1', 1), bounds)).toBe('added');
    expect(await storage.moderation.addToInbox(item(boardId, `${boardId}b`, 'p1', 2), bounds)).toBe('added');
    expect(await storage.moderation.addToInbox(item(boardId, `${boardId}c`, 'p1', 3), bounds)).toBe('participant_full');
    expect(await storage.moderation.addToInbox(item(boardId, `${boardId}d`, 'p2', 4), bounds)).toBe('added');
    expect(await storage.moderation.addToInbox(item(boardId, `${boardId}e`, 'p3', 5), bounds)).toBe('board_full');
    expect((await storage.moderation.inbox(boardId)).map((r) => r.id)).toEqual([`${boardId}a`, `${boardId}b`, `${boardId}d`]);

    expect(await storage.moderation.refuse(boardId, `${boardId}a`)).toBe(true);
    expect(await storage.moderation.refuse(boardId, `${boardId}a`)).toBe(false);
    expect((await storage.moderation.inbox(boardId))[0]).toEqual({ ...item(boardId, `${boardId}a`, 'p1', 1), status: 'refused' });
    expect(await storage.moderation.takeFromInbox(boardId, `${boardId}b`)).toEqual(item(boardId, `${boardId}b`, 'p1', 2));
    expect(await storage.moderation.takeFromInbox(boardId, `${boardId}b`)).toBeNull();

    await storage.moderation.hide({ boardId, cardId: 'card1', text: 'x', reason: 'y', author: 'p1', hiddenBy: 'f1', hiddenAt: 1 });
    await storage.deleteBoard(boardId);
    expect(await storage.moderation.inbox(boardId)).toEqual([]);
    expect(await storage.moderation.hidden(boardId)).toEqual([]);
  });
});
