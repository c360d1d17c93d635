/**
 * The export routes on a real server: a board filled by real clients (cards, a comment, a
 * reply, a reaction, votes, a roadmap action), exported in every format and read back.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, cardsOf } from '@shared/board-model';
import { addComment, listComments, toggleReaction } from '@shared/card-comments';
import type { BoardInfo, CreatedWorkshop, InviteLink, JoinResult, RedeemResult } from '@shared/protocol';
import { setRoadmapFields } from '@shared/roadmap';
import { docxText } from '../test-support/export-readers';
import { connectSocketIO, onDocChange, waitSaved, waitUntil, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
let board: BoardInfo;
let roadmap: BoardInfo;
let zoe: JoinResult;
let elodie: JoinResult;
const clients: SioClient[] = [];
const REAL_NAMES = ['Zoé', 'Lefèvre', 'Élodie', 'Müller'];
const NBSP = '\u00a0';

async function download(route: string, token?: string) {
  const res = await fetch(`${server.url}${route}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}
const exportWorkshop = (query: string, token = workshop.organiserToken) => download(`/api/workshops/${workshop.id}/export?${query}`, token);

/** Every visible string of a file in the given format, to look for names in. */
async function allText(format: string, body: Buffer): Promise<string> {
  if (format === 'docx') return (await docxText(body)).xml;
  if (format !== 'xlsx') return body.toString('utf8');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))));
  return cells.join('\n');
}

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Rencontres ESS Lyon');
  await server.request('PATCH', `/api/workshops/${workshop.id}`, { date: '2026-12-03', place: 'Lyon' }, workshop.organiserToken);
  board = workshop.boards[0]!;
  roadmap = workshop.boards.find((b) => b.kind === 'roadmap')!;
  zoe = await server.join(workshop.joinCode, 'Zoé Lefèvre');
  elodie = await server.join(workshop.joinCode, 'Élodie Müller');
  const [organiser, z, e, zr] = await Promise.all([
    connectSocketIO(server.url, board.id, workshop.organiserToken),
    connectSocketIO(server.url, board.id, zoe.participantToken),
    connectSocketIO(server.url, board.id, elodie.participantToken),
    connectSocketIO(server.url, roadmap.id, zoe.participantToken),
  ]);
  clients.push(organiser, z, e, zr);
  const column = board.columns[0]!.id;
  addCard(z.doc, { id: 'card-parts', column, author: zoe.participantId, authorName: zoe.name, text: 'Prise de parts à 10 % 🚀\nau capital' });
  await waitSaved(z.provider);
  await waitUntil(() => cardsOf(e.doc).has('card-parts'), onDocChange([e.doc]), 'the card at Élodie’s');
  addComment(e.doc, 'card-parts', { id: 'c1', author: elodie.participantId, authorName: elodie.name, text: 'D’accord, avec « garde-fous »', replyTo: null });
  toggleReaction(e.doc, 'card-parts', '👍', elodie.participantId);
  await waitSaved(e.provider);
  await waitUntil(() => listComments(z.doc, 'card-parts').length === 1, onDocChange([z.doc]), 'the comment at Zoé’s');
  addComment(z.doc, 'card-parts', { id: 'c2', author: zoe.participantId, authorName: zoe.name, text: 'Merci, bien vu', replyTo: 'c1' });
  await waitSaved(z.provider);
  expect((await organiser.provider.command({ type: 'phase.set', phase: 'voting' })).ok).toBe(true);
  for (const client of [z, e]) expect((await client.provider.vote({ cardId: 'card-parts', action: 'cast' })).ok).toBe(true);

  addCard(zr.doc, { id: 'action-1', column: roadmap.columns[0]!.id, author: zoe.participantId, authorName: zoe.name, text: 'Créer une SCIC' });
  setRoadmapFields(zr.doc, 'action-1', { leadKind: 'metropole', leadName: 'Métropole de Lyon', partners: 'Socoop', due: '2027-06-30', status: 'todo' });
  await waitSaved(zr.provider);
});
afterAll(async () => {
  for (const c of clients) c.provider.destroy();
  await server.dispose();
});

describe('workshop export', () => {
  it('serves a Word report named after the workshop and its date', async () => {
    const res = await exportWorkshop('format=docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=rencontres-ess-lyon-2026-12-03.docx');
    const { text } = await docxText(res.body);
    expect(text).toContain('Compte rendu · 3 décembre 2026 · Lyon');
    expect(text).toContain('Prise de parts à 10 % 🚀\nau capital — Zoé Lefèvre · 2 votes · 👍 1');
    expect(text).toContain(`Élodie Müller${NBSP}: D’accord, avec « garde-fous »`);
    expect(text).toContain(`↳ Zoé Lefèvre${NBSP}: Merci, bien vu`);
    expect(text).toContain('Métropole — Métropole de Lyon');
  });

  it('serves a workbook with the card row', async () => {
    const res = await exportWorkshop('format=xlsx');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=rencontres-ess-lyon-2026-12-03.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(workshop.boards.length);
    const row = (workbook.worksheets[0]!.getRow(2).values as unknown[]).slice(1);
    expect(row.slice(2, 9)).toEqual(['Prise de parts à 10 % 🚀\nau capital', 'Zoé Lefèvre', '', '', 2, '👍 1', `Élodie Müller${NBSP}: D’accord, avec « garde-fous »\n↳ Zoé Lefèvre${NBSP}: Merci, bien vu`]);
    expect(row[9]).toBeInstanceOf(Date);
    const action = (workbook.getWorksheet('Feuille de route')!.getRow(2).values as unknown[]).slice(1);
    expect(action.slice(10)).toEqual(['Métropole — Métropole de Lyon', 'Socoop', new Date(Date.UTC(2027, 5, 30)), 'À lancer']);
  });

  it('serves CSV with a BOM, semicolons by default and commas on demand', async () => {
    for (const [query, delimiter] of [
      ['', ';'],
      ['&separator=comma', ','],
    ] as const) {
      const res = await exportWorkshop(`format=csv${query}`);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename=rencontres-ess-lyon-2026-12-03.csv');
      expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = res.body.toString('utf8').slice(1);
      expect(text.split('\r\n')[0]!.split(delimiter)).toHaveLength(16);
      const rows = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data;
      expect(rows).toHaveLength(3);
      expect(rows[1]!.slice(0, 9)).toEqual([board.title, '', board.columns[0]!.title, '', 'Prise de parts à 10 % 🚀\nau capital', 'Zoé Lefèvre', '', '', '2']);
    }
  });

  it('serves Markdown, in English with lang=en', async () => {
    const res = await exportWorkshop('format=md&lang=en');
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=rencontres-ess-lyon-2026-12-03.md');
    const md = res.body.toString('utf8');
    expect(md).toContain('*3 December 2026 · Lyon*');
    expect(md).toContain('- Prise de parts à 10 % 🚀\n  au capital — Zoé Lefèvre (2 votes · 👍 1)');
    expect(md).toContain('| Créer une SCIC | Dans les 6 mois | Metropolitan authority — Métropole de Lyon | Socoop | 30 June 2027 | To start |');
  });

  it('replaces every name by "Participant N" with anonymous=1, in every format', async () => {
    for (const format of ['docx', 'xlsx', 'csv', 'md', 'json']) {
      const res = await exportWorkshop(`format=${format}&anonymous=1`);
      expect(res.status).toBe(200);
      const text = await allText(format, res.body);
      expect(text).toContain('Participant 1');
      expect(text).toContain('Participant 2');
      for (const name of REAL_NAMES) expect(text, `${name} in ${format}`).not.toContain(name);
    }
  });
});

describe('board export', () => {
  it('exports one board, named after the workshop, the board and the date', async () => {
    const res = await download(`/api/boards/${roadmap.id}/export?format=md`, workshop.organiserToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=rencontres-ess-lyon-feuille-de-route-2026-12-03.md');
    const md = res.body.toString('utf8');
    // The roadmap is the summary's table of actions.
    expect(md).toContain('### Feuille de route\n\n| Action | Colonne | Porteur | Partenaires | Échéance | Statut |');
    expect(md).toContain('| Créer une SCIC | Dans les 6 mois | Métropole — Métropole de Lyon | Socoop | 30 juin 2027 | À lancer |');
    expect(md).not.toContain(board.title);
  });
});

describe('permissions', () => {
  it('refuses a missing token, participants and viewers', async () => {
    const viewer = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'viewer' }, workshop.organiserToken);
    expect((await exportWorkshop('format=md', '')).status).toBe(401);
    expect((await download(`/api/boards/${board.id}/export?format=md`)).status).toBe(401);
    for (const token of [zoe.participantToken, viewer.body.token]) {
      expect((await exportWorkshop('format=md', token)).status).toBe(403);
      expect((await download(`/api/boards/${board.id}/export?format=docx`, token)).status).toBe(403);
    }
  });

  it('limits a facilitator of one board to that board', async () => {
    const link = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'facilitator', boardId: board.id }, workshop.organiserToken);
    const { body } = await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: link.body.token, name: 'Fanny' });
    expect((await download(`/api/boards/${board.id}/export?format=csv`, body.token)).status).toBe(200);
    expect((await download(`/api/boards/${roadmap.id}/export?format=csv`, body.token)).status).toBe(403);
    expect((await exportWorkshop('format=csv', body.token)).status).toBe(403);
  });
});
