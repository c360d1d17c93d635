import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard } from '@shared/board-model';
import { createGroup } from '@shared/board-groups';
import { addComment, toggleReaction } from '@shared/card-comments';
import type { CreatedWorkshop, JoinResult } from '@shared/protocol';
import { BACKUP_LIMITS, type WorkshopBackup } from '@shared/results/backup';
import { cardLink, setRoadmapFields } from '@shared/roadmap';
import { connectSocketIO, waitSaved, waitUntil, type SioClient } from '../test-support/test-clients';
import { startTestServer, tempDataDir, type TestServer } from '../test-support/test-server';
import { TokenIssuer } from '../auth/tokens';
import { WorkshopService } from '../domain/workshop-service';
import { SqliteStore } from '../storage/sqlite-store';
import type { Storage } from '../storage/storage';
import { BackupImporter, parseBackup, planImport } from './import-backup';

let server: TestServer;
let original: CreatedWorkshop;
let exported: WorkshopBackup;
const clients: SioClient[] = [];

const exportJson = async (workshopId: string, token: string) => {
  const res = await server.request<WorkshopBackup>('GET', `/api/workshops/${workshopId}/export?format=json`, undefined, token);
  expect(res.status).toBe(200);
  return res.body;
};

const workshopCount = () => {
  const db = new Database(path.join(server.dataDir, 'coatelier.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM workshops').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/**
 * The backup with every id replaced by its rank of first appearance, and the two times that
 * belong to the export rather than the content (exportedAt, the workshop's createdAt) dropped.
 */
function normalise(backup: WorkshopBackup): unknown {
  const ids = new Set<string>();
  const copy = { ...backup, exportedAt: 0, workshop: { ...backup.workshop, createdAt: 0 } };
  // Participants who joined in the same millisecond are listed by id: order them by name.
  copy.participants = [...copy.participants].sort((a, b) => a.name.localeCompare(b.name));
  for (const p of copy.participants) ids.add(p.id);
  // Cards of equal order (one per column, say) are listed by id: list them by column instead.
  copy.boards = copy.boards.map((b) => {
    const rank = (c: { column: string; order: string; text: string }) => [b.columns.findIndex((col) => col.id === c.column), c.order, c.text];
    const cards = [...b.cards].sort((x, y) => JSON.stringify(rank(x)).localeCompare(JSON.stringify(rank(y))));
    return { ...b, cards };
  });
  for (const b of copy.boards) {
    [b.id, ...b.columns.map((c) => c.id), ...b.groups.map((g) => g.id)].forEach((id) => ids.add(id));
    for (const c of b.cards) {
      [c.id, c.author, ...c.comments.flatMap((m) => [m.id, m.author])].forEach((id) => ids.add(id));
      Object.values(c.reactions).forEach((people) => people.forEach((id) => ids.add(id)));
    }
    b.votes.forEach((v) => ids.add(v.participantId));
  }
  const rank = new Map<string, string>();
  const text = JSON.stringify(copy).replace(/"((?:[^"\\]|\\.)*)"/g, (whole, value: string) => {
    const parts = value.split('/');
    if (!parts.every((p) => ids.has(p))) return whole;
    return JSON.stringify(parts.map((p) => rank.get(p) ?? (rank.set(p, `#${rank.size}`), rank.get(p))).join('/'));
  });
  return JSON.parse(text);
}

beforeAll(async () => {
  server = await startTestServer();
  original = await server.createWorkshop('Rencontres de l’ESS à Tours 🌱');
  const [difficulties, , , roadmap] = original.boards;
  // Alice says who she speaks for: her profile goes into the backup and comes back with it.
  const alice = (
    await server.request<JoinResult>('POST', '/api/join', { code: original.joinCode, name: 'Alice Lefèvre', profile: { kind: 'epci', organisation: 'Tours Métropole' } })
  ).body;
  const bob = await server.join(original.joinCode, 'Bob 🚲');

  const organiser = await connectSocketIO(server.url, difficulties!.id, original.organiserToken);
  const aliceClient = await connectSocketIO(server.url, difficulties!.id, alice.participantToken);
  const planner = await connectSocketIO(server.url, roadmap!.id, original.organiserToken);
  clients.push(organiser, aliceClient, planner);
  const [first, second] = difficulties!.columns;
  addCard(aliceClient.doc, { id: 'c-alice', column: first!.id, author: alice.participantId, authorName: 'Alice Lefèvre', text: 'Méconnaissance des SCIC 🤔', color: 'pink' });
  await waitSaved(aliceClient.provider);
  await waitUntil(() => organiser.doc.getMap('cards').has('c-alice'), (cb) => (organiser.doc.on('update', cb), () => organiser.doc.off('update', cb)));
  organiser.doc.transact(() => {
    addCard(organiser.doc, { id: 'c-orga', column: first!.id, author: 'orga', authorName: 'Organisatrice', text: 'Prise de parts\nau capital' });
    addCard(organiser.doc, { id: 'c-other', column: second!.id, author: 'orga', authorName: 'Organisatrice', text: 'Statuts « juridiques »', color: 'green' });
    createGroup(organiser.doc, { id: 'g-1', column: first!.id, title: 'Connaissance', cardIds: ['c-alice', 'c-orga'] });
    addComment(organiser.doc, 'c-alice', { id: 'm-1', author: 'orga', authorName: 'Organisatrice', text: 'Exemple à citer ?', replyTo: null });
    addComment(organiser.doc, 'c-alice', { id: 'm-2', author: bob.participantId, authorName: 'Bob 🚲', text: 'Oui : Biau Jardin', replyTo: 'm-1' });
  });
  // Reactions are given by the people they name: the board's write rules require it.
  const bobClient = await connectSocketIO(server.url, difficulties!.id, bob.participantToken);
  clients.push(bobClient);
  await waitUntil(() => bobClient.doc.getMap('cards').has('c-alice'), (cb) => (bobClient.doc.on('update', cb), () => bobClient.doc.off('update', cb)));
  toggleReaction(bobClient.doc, 'c-alice', '💡', bob.participantId);
  toggleReaction(aliceClient.doc, 'c-alice', '👍', alice.participantId);
  await Promise.all([waitSaved(bobClient.provider), waitSaved(aliceClient.provider)]);
  addCard(planner.doc, { id: 'a-1', column: roadmap!.columns[0]!.id, author: 'orga', authorName: 'Organisatrice', text: 'Former les élus' });
  setRoadmapFields(planner.doc, 'a-1', {
    leadKind: 'commune',
    leadName: 'Ville de Tours',
    partners: 'Socoop, Biau Jardin',
    due: '2026-06-30',
    status: 'doing',
    links: [cardLink(difficulties!.id, 'c-alice')],
  });
  await Promise.all([waitSaved(organiser.provider), waitSaved(planner.provider)]);

  await organiser.provider.command({ type: 'votes.configure', perParticipant: 3, allowStacking: true, hideTotals: false });
  await organiser.provider.command({ type: 'phase.set', phase: 'voting' });
  for (const cardId of ['c-alice', 'c-alice', 'c-other']) expect((await aliceClient.provider.vote({ cardId, action: 'cast' })).ok).toBe(true);
  exported = await exportJson(original.id, original.organiserToken);
});

afterAll(async () => {
  for (const c of clients) c.provider.destroy();
  await server.dispose();
});

describe('importing a backup', () => {
  it('creates a new workshop whose export is the same but for ids and times', async () => {
    const res = await server.request<CreatedWorkshop>('POST', '/api/workshops/import', exported);
    expect(res.status).toBe(201);
    const imported = res.body;
    expect(imported.organiserToken).toEqual(expect.any(String));
    expect(imported.joinCode).not.toBe(original.joinCode);
    expect(imported.title).toBe('Rencontres de l’ESS à Tours 🌱');
    expect(imported.boards.map((b) => b.title)).toEqual(original.boards.map((b) => b.title));
    const oldIds = new Set(original.boards.flatMap((b) => [b.id, ...b.columns.map((c) => c.id)]));
    expect(imported.boards.flatMap((b) => [b.id, ...b.columns.map((c) => c.id)]).filter((id) => oldIds.has(id))).toEqual([]);

    const again = await exportJson(imported.id, imported.organiserToken);
    expect(JSON.stringify(again)).not.toContain('c-alice');
    expect(again.boards[0]!.cards.find((c) => c.text.startsWith('Méconnaissance'))?.createdAt).toBe(
      exported.boards[0]!.cards.find((c) => c.text.startsWith('Méconnaissance'))?.createdAt,
    );
    expect(normalise(again)).toEqual(normalise(exported));
    // The content is really there: votes, a reply, reactions, a roadmap link into the copy.
    const card = again.boards[0]!.cards.find((c) => c.text.startsWith('Méconnaissance'))!;
    expect(card.votes).toBe(2);
    expect(card).toMatchObject({ authorKind: 'epci', authorOrganisation: 'Tours Métropole' });
    expect(card.comments[1]!.replyTo).toBe(card.comments[0]!.id);
    expect(again.boards[3]!.cards[0]!.roadmap?.links).toEqual([cardLink(again.boards[0]!.id, card.id)]);
  });

  const refusals: [string, () => string, number, RegExp][] = [
    ['a corrupt file', () => 'PK\u0003\u0004 not json', 400, /not valid JSON/],
    ['a truncated file', () => JSON.stringify(exported).slice(0, JSON.stringify(exported).length / 2), 400, /incomplete|not valid JSON/],
    ['an empty file', () => '', 400, /empty/],
    ['a foreign format', () => '{"format":"miro"}', 400, /not a Coatelier backup.*"miro"/],
    ['another version', () => JSON.stringify({ ...exported, version: 2 }), 400, /version 2 is not supported/],
    ['an invalid file', () => JSON.stringify({ ...exported, boards: [{ ...exported.boards[0]!, kind: 'kanban' }] }), 400, /boards\.0\.kind/],
    [
      'a card in a missing column',
      () => {
        const board = exported.boards[0]!;
        return JSON.stringify({ ...exported, boards: [{ ...board, cards: [{ ...board.cards[0]!, column: 'gone' }] }] });
      },
      400,
      /column gone, which does not exist/,
    ],
    [
      'a card in a missing group',
      () => {
        const board = exported.boards[0]!;
        return JSON.stringify({ ...exported, boards: [{ ...board, groups: [], votes: [] }] });
      },
      400,
      /in group .*, which does not exist/,
    ],
    ['an oversized file', () => `{"format":"coatelier-backup","pad":"${'x'.repeat(BACKUP_LIMITS.maxBytes)}"}`, 413, /larger than 20 MB/],
  ];

  it.each(refusals)('refuses %s with a clear error and creates nothing', async (_what, body, status, message) => {
    const before = workshopCount();
    const res = await server.request<{ error: { code: string; message: string } }>('POST', '/api/workshops/import', body());
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(status === 413 ? 'payload_too_large' : 'invalid_request');
    expect(res.body.error.message).toMatch(message);
    expect(workshopCount()).toBe(before);
  });

  it('needs the creation key when the server has one', async () => {
    const guarded = await startTestServer({ CREATE_KEY: 'creation-key-1' });
    try {
      const post = (key?: string) =>
        fetch(`${guarded.url}/api/workshops/import`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { 'x-create-key': key } : {}) },
          body: JSON.stringify(exported),
        });
      const refused = await post();
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
      expect((await post('creation-key-1')).status).toBe(201);
    } finally {
      await guarded.dispose();
    }
  });
});

describe('a storage failure while importing', () => {
  it('leaves no workshop and no stored document behind', async () => {
    const dataDir = tempDataDir();
    const store = new SqliteStore({ dataDir });
    const failing = new Proxy(store, {
      get: (target, key, receiver) =>
        key === 'createWorkshop' ? () => Promise.reject(new Error('disk full')) : (Reflect.get(target, key, receiver) as unknown),
    }) as Storage;
    const tokens = new TokenIssuer(new Uint8Array(32).fill(7));
    const importer = new BackupImporter(failing, tokens, new WorkshopService(failing, tokens));
    try {
      await expect(importer.import(planImport(parseBackup(JSON.stringify(exported))))).rejects.toThrow('disk full');
      expect(await store.listDocuments('')).toEqual([]);
      const db = new Database(path.join(dataDir, 'coatelier.sqlite'), { readonly: true });
      expect(db.prepare('SELECT (SELECT count(*) FROM votes) + (SELECT count(*) FROM workshops) AS n').get()).toEqual({ n: 0 });
      db.close();
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
