/**
 * Every `Object.prototype` name as card id, group id, comment id and reaction key (as the
 * reaction and as the person) on real boards of a real server, then every reader of results:
 * each export format, named and anonymous, the dashboard, votes, synthesis, merge, the
 * roadmap table and re-import. Each answer is decoded and compared with what was written.
 *
 * The boards are stored before anyone opens them, as a board written before today's write
 * checks (or by any Yjs client they let through) would be: the results layer must hold
 * whatever a document holds. Votes, synthesis and merge go through the real commands.
 */
import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsOf, listCards } from '@shared/board-model';
import { createGroup } from '@shared/board-groups';
import { addComment } from '@shared/card-comments';
import type { BoardInfo, CreatedWorkshop, JoinResult } from '@shared/protocol';
import { workshopBackup, type BackupBoard, type WorkshopBackup } from '@shared/results/backup';
import type { Dashboard } from '@shared/results/dashboard';
import { EXPORT_FORMATS, type ExportFormat } from '@shared/results/export-formats';
import { cardLink, roadmapOf, setRoadmapFields } from '@shared/roadmap';
import type { MergeResult, SynthesisResult, TablesResult } from '@shared/synthesis';
import { rowsOf, sortRows } from '../../client/src/roadmap/roadmap-table';
import { startServer, type RunningServer } from '../app';
import { configFromEnv } from '../config';
import { reportLabels } from '../results/report-labels';
import { createStorage } from '../storage/create-storage';
import type { Storage } from '../storage/storage';
import { docxText } from '../test-support/export-readers';
import { connectSocketIO, connectYWebsocket, waitUntil, type SioClient } from '../test-support/test-clients';
import { apiClient, tempDataDir, testEnv } from '../test-support/test-server';
import { decodedStrings } from './results-decoded';

/** The exports' column headers (French, the default language of the report). */
const L = reportLabels('fr');

const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])].sort();
/** Votes cast below: Zoé on the first three, Élodie on constructor and two others. */
const VOTES: [who: 'zoe' | 'elodie', card: string][] = [
  ['zoe', 'constructor'],
  ['zoe', '__proto__'],
  ['zoe', 'toString'],
  ['elodie', 'constructor'],
  ['elodie', 'valueOf'],
  ['elodie', 'hasOwnProperty'],
];
const votesOn = (card: string) => VOTES.filter(([, c]) => c === card).length;

let dataDir: string;
let storage: Storage;
let server: RunningServer;
let request: ReturnType<typeof apiClient>;
let workshop: CreatedWorkshop;
let source: BoardInfo;
let table: BoardInfo;
let roadmap: BoardInfo;
let zoe: JoinResult;
let elodie: JoinResult;
let organiserId: string;
const clients: { provider: { destroy(): void } }[] = [];

async function ok<T>(res: Promise<{ status: number; body: T }>, status = 200): Promise<T> {
  const answer = await res;
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body;
}

async function download(route: string): Promise<Buffer> {
  const res = await fetch(`${server.url}${route}`, { headers: { authorization: `Bearer ${workshop.organiserToken}` } });
  expect(res.status, route).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * Cards with a prototype name for id ("<prefix> <name>" for text), each in a group of that
 * name, with a comment of that name and its reply.
 */
function hostileBoard(column: string, prefix: string): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    NAMES.forEach((name, i) => {
      const order = `a${String(i).padStart(2, '0')}`;
      addCard(doc, { id: name, column, order, author: zoe.participantId, authorName: zoe.name, text: `${prefix} ${name}`, createdAt: 1 });
      createGroup(doc, { id: name, column, title: `Groupe ${name}`, cardIds: [name] });
      addComment(doc, name, { id: name, author: elodie.participantId, authorName: elodie.name, text: `Avis ${name}`, replyTo: null, createdAt: 1 });
      const reply = NAMES[(i + 1) % NAMES.length]!;
      addComment(doc, name, { id: reply, author: zoe.participantId, authorName: zoe.name, text: `Réponse ${name}`, replyTo: name, createdAt: 2 });
      const reactions = cardsOf(doc).get(name)!.get('reactions') as Y.Map<true>;
      reactions.set(`${name} ${zoe.participantId}`, true); // no such reaction: left out of results
      reactions.set(`👍 ${name}`, true); // a person whose id is a prototype name
      reactions.set(`💡 ${elodie.participantId}`, true);
    });
  });
  return Y.encodeStateAsUpdate(doc);
}

function hostileRoadmap(column: string): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    NAMES.forEach((name, i) => {
      addCard(doc, { id: name, column, order: `a${String(i).padStart(2, '0')}`, author: zoe.participantId, authorName: zoe.name, text: `Action ${name}`, createdAt: 1 });
      setRoadmapFields(doc, name, { leadKind: 'commune', leadName: name, partners: name, status: 'doing', links: [cardLink(source.id, name)] });
    });
  });
  return Y.encodeStateAsUpdate(doc);
}

beforeAll(async () => {
  dataDir = tempDataDir();
  const config = configFromEnv(testEnv(dataDir));
  storage = await createStorage(config);
  server = await startServer(config, { storage });
  request = apiClient(server.url);
  workshop = await ok(request<CreatedWorkshop>('POST', '/api/workshops', { title: 'Atelier', template: 'rencontre-ess' }), 201);
  organiserId = (JSON.parse(Buffer.from(workshop.organiserToken.split('.')[1]!, 'base64url').toString('utf8')) as { pid: string }).pid;
  source = workshop.boards[0]!;
  roadmap = workshop.boards.find((b) => b.kind === 'roadmap')!;
  const tables = await ok(request<TablesResult>('POST', `/api/boards/${source.id}/tables`, { count: 1 }, workshop.organiserToken), 201);
  table = tables.boards[0]!;
  zoe = await ok(request<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name: 'Zoé Lefèvre' }));
  elodie = await ok(request<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name: 'Élodie Müller' }));
  // Stored before anyone opens the boards, so that each one loads from it.
  await storage.appendUpdate(source.id, hostileBoard(source.columns[0]!.id, 'Carte'));
  await storage.appendUpdate(table.id, hostileBoard(table.columns[0]!.id, 'Copie'));
  await storage.appendUpdate(roadmap.id, hostileRoadmap(roadmap.columns[0]!.id));

  const connect = async (token: string) => {
    const client = await connectSocketIO(server.url, source.id, token);
    clients.push(client);
    return client;
  };
  const [organiser, z, e] = await Promise.all([connect(workshop.organiserToken), connect(zoe.participantToken), connect(elodie.participantToken)]);
  expect(listCards(z.doc).map((c) => c.id).sort()).toEqual(NAMES);
  expect((await organiser.provider.command({ type: 'phase.set', phase: 'voting' })).ok).toBe(true);
  const voter: Record<'zoe' | 'elodie', SioClient> = { zoe: z, elodie: e };
  for (const [who, cardId] of VOTES) expect((await voter[who].provider.vote({ cardId, action: 'cast' })).ok, `${who} on ${cardId}`).toBe(true);
  // The personal view counts "__proto__" and "constructor" like any card.
  await waitUntil(() => z.provider.votes?.remaining === 0, (cb) => (z.provider.on('votes', cb), () => z.provider.off('votes', cb)), 'Zoé’s votes');
  expect({ ...z.provider.votes!.mine }).toEqual(Object.fromEntries(VOTES.filter(([w]) => w === 'zoe').map(([, c]) => [c, 1])));
  expect(Object.getOwnPropertyNames(z.provider.votes!.mine).sort()).toEqual(['__proto__', 'constructor', 'toString']);
});

afterAll(async () => {
  for (const c of clients) c.provider.destroy();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What a board's cards read as in one export: per card name, its visible fields. */
interface CardView {
  author: string;
  votes: number;
  group: string;
  reactions: string[];
  comments: string;
}

/** The decoded file's cards of the source board, by name. */
async function decodeCards(format: ExportFormat, body: Buffer): Promise<Map<string, CardView>> {
  const cards = new Map<string, CardView>();
  const put = (text: string, view: CardView) => cards.set(text.replace(/^Carte /, ''), view);
  if (format === 'json') {
    const board = workshopBackup.parse(JSON.parse(body.toString('utf8'))).boards.find((b) => b.title === source.title)!;
    const groups = new Map(board.groups.map((g) => [g.id, g.title]));
    for (const card of board.cards) {
      const reactions = Object.entries(card.reactions).map(([r, who]) => `${r} ${who.length}`);
      put(card.text, { author: card.authorName, votes: card.votes, group: groups.get(card.group ?? '') ?? '', reactions, comments: card.comments.map((c) => c.text).join('\n') });
    }
  } else if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    // Columns read by their headers: the sheet may gain columns (a profile's kind) without the test caring.
    let at = (_: string) => -1;
    workbook.getWorksheet(source.title)!.eachRow((row, n) => {
      const v = (row.values as unknown[]).slice(1);
      if (n === 1) at = (header) => v.indexOf(header);
      else put(String(v[at(L.text)]), { author: String(v[at(L.author)]), votes: v[at(L.votes)] as number, group: String(v[at(L.group)]), reactions: String(v[at(L.reactions)]).split(', '), comments: String(v[at(L.comments)]) });
    });
  } else if (format === 'csv') {
    const rows = Papa.parse<string[]>(body.toString('utf8').slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    const at = (header: string) => rows[0]!.indexOf(header);
    for (const r of rows.filter((r) => r[0] === source.title)) {
      put(r[at(L.text)]!, { author: r[at(L.author)]!, votes: Number(r[at(L.votes)]), group: r[at(L.group)]!, reactions: r[at(L.reactions)]!.split(', '), comments: r[at(L.comments)]! });
    }
  } else {
    const text = format === 'docx' ? (await docxText(body)).text : body.toString('utf8');
    // "Carte x — Zoé · 2 votes · 👍 1, 💡 1" (docx), "- Carte x — Zoé (2 votes · 👍 1, 💡 1)" (md).
    const line = format === 'docx' ? /^Carte (\S+) — (.+?) · (\d+) votes? · (.+)$/ : /^- Carte (\S+) — (.+?) \((\d+) votes? · (.+)\)$/;
    const lines = text.split('\n');
    lines.forEach((l, i) => {
      const m = line.exec(l);
      if (!m) return;
      const heading = lines.slice(0, i).reverse().find((h) => /^(#### )?Groupe /.test(h)) ?? '';
      put(m[1]!, { author: m[2]!, votes: Number(m[3]), group: heading.replace(/^#### /, ''), reactions: m[4]!.split(', '), comments: lines.slice(i + 1, i + 3).join('\n') });
    });
  }
  return cards;
}

describe('results of a board whose ids are Object.prototype names', () => {
  it('the dashboard counts every card, vote, comment and reaction', async () => {
    const dashboard = await ok(request<Dashboard>('GET', `/api/workshops/${workshop.id}/dashboard`, undefined, workshop.organiserToken));
    const figures = (id: string) => dashboard.boards.find((b) => b.boardId === id);
    const n = NAMES.length;
    expect(figures(source.id)).toMatchObject({ cards: n, votes: VOTES.length, comments: 2 * n, reactions: 2 * n });
    expect(figures(table.id)).toMatchObject({ cards: n, votes: 0, comments: 2 * n, reactions: 2 * n });
    expect(dashboard.topCards[0]).toMatchObject({ boardId: source.id, cardId: 'constructor', votes: 2 });
    const voted = [...new Set(VOTES.map(([, c]) => c))];
    expect(dashboard.topCards.map((c) => `${c.cardId} ${c.votes}`).sort()).toEqual(voted.map((c) => `${c} ${votesOn(c)}`).sort());
  });

  for (const format of EXPORT_FORMATS) {
    for (const anonymous of [false, true]) {
      it(`${format}${anonymous ? ', anonymous,' : ''} holds every card with its votes, group, reactions and thread`, async () => {
        const body = await download(`/api/workshops/${workshop.id}/export?format=${format}&anonymous=${anonymous ? 1 : 0}`);
        const cards = await decodeCards(format, body);
        expect([...cards.keys()].sort()).toEqual(NAMES);
        for (const name of NAMES) {
          const card = cards.get(name)!;
          expect(card.author, name).toBe(anonymous ? 'Participant 1' : 'Zoé Lefèvre');
          expect(card.votes, name).toBe(votesOn(name));
          expect(card.group, name).toBe(`Groupe ${name}`);
          expect(card.reactions.sort(), name).toEqual(['👍 1', '💡 1']);
          expect(card.comments, name).toContain(`Avis ${name}`);
          expect(card.comments, name).toContain(`Réponse ${name}`);
        }
        const everything = (await decodedStrings(format, body)).join('\n');
        if (!anonymous) expect(everything).toContain('Élodie Müller');
        else for (const secret of ['Zoé', 'Lefèvre', 'Élodie', 'Müller', zoe.participantId, elodie.participantId, organiserId]) {
          expect(everything.includes(secret), `${secret} in ${format}`).toBe(false);
        }
      });
    }
  }

  it('anonymous json names people p1, p2… by join order, in votes and reactions too', async () => {
    const backup = workshopBackup.parse(JSON.parse((await download(`/api/workshops/${workshop.id}/export?format=json&anonymous=1`)).toString('utf8')));
    const board = backup.boards.find((b) => b.id === source.id)!;
    expect(backup.participants.map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Participant 1'],
      ['p2', 'Participant 2'],
    ]);
    expect(board.votes.map((v) => [v.participantId, v.cardId])).toEqual(expect.arrayContaining(VOTES.map(([who, c]) => [who === 'zoe' ? 'p1' : 'p2', c])));
    const card = board.cards.find((c) => c.id === 'constructor')!;
    expect(card.reactions['💡']).toEqual(['p2']);
    expect(card.comments.map((c) => [c.id, c.author, c.authorName, c.replyTo])).toEqual([
      ['constructor', 'p2', `Participant 2`, null],
      [NAMES[(NAMES.indexOf('constructor') + 1) % NAMES.length], 'p1', 'Participant 1', 'constructor'],
    ]);
  });

  it('the roadmap table reads every action and its link', async () => {
    const client = await connectYWebsocket(server.url, roadmap.id, workshop.organiserToken);
    clients.push(client);
    const rows = rowsOf(listCards(client.doc), roadmap.columns, (id) => roadmapOf(client.doc, id));
    expect(rows.map((r) => r.id).sort()).toEqual(NAMES);
    for (const row of rows) expect([row.leadName, row.links, row.columnTitle]).toEqual([row.id, [cardLink(source.id, row.id)], roadmap.columns[0]!.title]);
    expect(sortRows(rows, { key: 'lead', direction: 'ascending' }).map((r) => r.id)).toEqual(NAMES);
  });

  it('a synthesis copies both boards’ cards, groups, threads, reactions and votes', async () => {
    const made = await ok(request<SynthesisResult>('POST', `/api/boards/${source.id}/synthesis`, {}, workshop.organiserToken), 201);
    const backup = JSON.parse((await download(`/api/boards/${made.board.id}/export?format=json`)).toString('utf8')) as WorkshopBackup;
    const board: BackupBoard = backup.boards[0]!;
    expect(board.cards.map((c) => c.text).sort()).toEqual(NAMES.flatMap((n) => [`Carte ${n}`, `Copie ${n}`]).sort());
    expect(board.groups.map((g) => g.title).sort()).toEqual(NAMES.map((n) => `Groupe ${n}`).sort());
    for (const card of board.cards) {
      const name = card.text.split(' ')[1]!;
      expect(card.comments.map((c) => c.id).sort()).toEqual([name, NAMES[(NAMES.indexOf(name) + 1) % NAMES.length]].sort());
      expect(card.reactions['👍']).toEqual([name]);
    }
    expect(board.votes).toHaveLength(VOTES.length);
    const copy = (name: string) => board.cards.filter((c) => c.text === `Carte ${name}` && c.votes > 0);
    expect(copy('constructor').map((c) => c.votes)).toEqual([2]);
  });

  it('merging prototype-named cards moves their votes, threads and reactions', async () => {
    const others = ['__proto__', 'toString', 'valueOf'];
    const merged = await ok(request<MergeResult>('POST', `/api/boards/${source.id}/merge`, { into: 'constructor', cards: others }, workshop.organiserToken));
    expect(merged).toEqual({ cardId: 'constructor', merged: 3 });
    const backup = workshopBackup.parse(JSON.parse((await download(`/api/boards/${source.id}/export?format=json`)).toString('utf8')));
    const board = backup.boards[0]!;
    expect(board.cards).toHaveLength(NAMES.length - others.length);
    const card = board.cards.find((c) => c.id === 'constructor')!;
    expect(card.votes).toBe(['constructor', ...others].reduce((n, c) => n + votesOn(c), 0));
    expect(card.comments).toHaveLength(2 * (1 + others.length));
    expect([...card.reactions['👍']!].sort()).toEqual(['constructor', ...others].sort());
    expect(card.reactions['💡']).toEqual([elodie.participantId]);
    expect(card.text.split('\n\n')).toEqual(['constructor', ...others].map((n) => `Carte ${n}`));
    const dashboard = await ok(request<Dashboard>('GET', `/api/workshops/${workshop.id}/dashboard`, undefined, workshop.organiserToken));
    expect(dashboard.topCards[0]).toMatchObject({ boardId: source.id, cardId: 'constructor', votes: card.votes });
  });

  it('the json export imports back as a new workshop with the same results', async () => {
    const file = await download(`/api/workshops/${workshop.id}/export?format=json`);
    const res = await fetch(`${server.url}/api/workshops/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: file.toString('utf8') });
    expect(res.status).toBe(201);
    const copy = (await res.json()) as CreatedWorkshop;
    const res2 = await fetch(`${server.url}/api/workshops/${copy.id}/export?format=json`, { headers: { authorization: `Bearer ${copy.organiserToken}` } });
    const again = workshopBackup.parse(await res2.json());
    const original = workshopBackup.parse(JSON.parse(file.toString('utf8')));
    const summary = (b: WorkshopBackup) =>
      b.boards.map((board) => board.cards.map((c) => [c.text, c.votes, c.comments.length, Object.entries(c.reactions).map(([r, w]) => `${r}${w.length}`).sort()]).sort());
    expect(summary(again)).toEqual(summary(original));
  });
});
