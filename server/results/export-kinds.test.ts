/**
 * Results by kind of structure (issue 15): cards written by a stock y-websocket client carry
 * their author's kind and organisation in every export, resolved by the server from the
 * card's `author`; anonymous exports keep the kinds and drop the organisations; the
 * dashboard counts cards and votes per kind.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, cardsOf } from '@shared/board-model';
import type { BoardInfo, CreatedWorkshop, JoinResult } from '@shared/protocol';
import type { WorkshopBackup } from '@shared/results/backup';
import type { Dashboard } from '@shared/results/dashboard';
import { docxText } from '../test-support/export-readers';
import { connectSocketIO, connectYWebsocket, onDocChange, waitUntil, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
let board: BoardInfo;
let mayor: JoinResult;
let coop: JoinResult;
const closing: { destroy(): void }[] = [];
const ORGANISATIONS = ['Mairie de Pessac', 'Scic Bois Local'];

async function download(query: string) {
  const res = await fetch(`${server.url}/api/workshops/${workshop.id}/export?${query}`, { headers: { authorization: `Bearer ${workshop.organiserToken}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Rencontres ESS Gironde');
  board = workshop.boards[0]!;
  mayor = (await server.request<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name: 'Paul', profile: { kind: 'commune', organisation: ORGANISATIONS[0] } })).body;
  coop = (await server.request<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name: 'Rita', profile: { kind: 'scic', organisation: ORGANISATIONS[1] } })).body;
  // Stock y-websocket clients: nothing but the author id ties a card to a profile.
  const [paul, rita] = await Promise.all([
    connectYWebsocket(server.url, board.id, mayor.participantToken),
    connectYWebsocket(server.url, board.id, coop.participantToken),
  ]);
  const organiser: SioClient = await connectSocketIO(server.url, board.id, workshop.organiserToken);
  // One vote per card and person: two voters, one without a profile.
  const guest = await server.join(workshop.joinCode, 'Ana');
  const voters = await Promise.all([coop, guest].map((who) => connectSocketIO(server.url, board.id, who.participantToken)));
  closing.push(paul.provider, rita.provider, organiser.provider, ...voters.map((v) => v.provider));
  const column = board.columns[0]!.id;
  addCard(paul.doc, { id: 'card-commune', column, author: mayor.participantId, authorName: 'Paul', text: 'Un guichet unique' });
  addCard(rita.doc, { id: 'card-scic', column, author: coop.participantId, authorName: 'Rita', text: 'Entrer au capital' });
  // Relayed means stored: the organiser's copy holding both says the server has them.
  await waitUntil(() => cardsOf(organiser.doc).size === 2, onDocChange([organiser.doc]), 'both cards at the organiser’s');
  expect((await organiser.provider.command({ type: 'phase.set', phase: 'voting' })).ok).toBe(true);
  for (const [voter, cardId] of [
    [0, 'card-scic'],
    [1, 'card-scic'],
    [1, 'card-commune'],
  ] as const) {
    expect((await voters[voter]!.provider.vote({ cardId, action: 'cast' })).ok).toBe(true);
  }
});
afterAll(async () => {
  for (const c of closing) c.destroy();
  await server.dispose();
});

describe('exports by kind of structure', () => {
  it('json: each card carries its author’s kind and organisation, each participant their profile', async () => {
    const backup = JSON.parse((await download('format=json')).toString('utf8')) as WorkshopBackup;
    const cards = backup.boards.find((b) => b.id === board.id)!.cards;
    expect(cards.find((c) => c.id === 'card-commune')).toMatchObject({ authorKind: 'commune', authorOrganisation: 'Mairie de Pessac' });
    expect(cards.find((c) => c.id === 'card-scic')).toMatchObject({ authorKind: 'scic', authorOrganisation: 'Scic Bois Local', votes: 2 });
    expect(backup.participants).toContainEqual(expect.objectContaining({ id: coop.participantId, kind: 'scic', organisation: 'Scic Bois Local' }));
  });

  it('csv and xlsx: a kind and an organisation column beside the author', async () => {
    const csv = Papa.parse<string[]>((await download('format=csv')).toString('utf8').slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    const [header, ...rows] = csv;
    const at = (name: string) => header!.indexOf(name);
    const scic = rows.find((r) => r[at('Texte')] === 'Entrer au capital')!;
    expect([scic[at('Auteur')], scic[at('Type de structure')], scic[at('Organisation')]]).toEqual(['Rita', 'SCIC', 'Scic Bois Local']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('format=xlsx&lang=en')) as unknown as ArrayBuffer);
    expect(workbook.model.language).toBe('en-GB');
    const sheet = workbook.worksheets[0]!;
    const head = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = [2, 3].map((n) => (sheet.getRow(n).values as unknown[]).slice(1)).find((r) => r[head.indexOf('Text')] === 'Un guichet unique')!;
    expect([row[head.indexOf('Kind of structure')], row[head.indexOf('Organisation')]]).toEqual(['Municipality', 'Mairie de Pessac']);
  });

  it('md and docx: the kind beside the author, and a table of cards and votes per kind', async () => {
    const md = (await download('format=md')).toString('utf8');
    expect(md).toContain('- Entrer au capital — Rita (SCIC — Scic Bois Local · 2 votes)');
    expect(md).toContain('| Commune | 1 | 1 | 1 |');
    expect(md).toContain('| SCIC | 1 | 1 | 2 |');
    expect(md).toContain('| Non précisé | 1 | 0 | 0 |');
    const { text } = await docxText(await download('format=docx'));
    expect(text).toContain('Un guichet unique — Paul · Commune — Mairie de Pessac · 1 vote');
    expect(text).toContain('Par type de structure');
  });

  it('anonymous=1 keeps the kinds and drops every organisation, in every format', async () => {
    for (const format of ['json', 'csv', 'md', 'docx', 'xlsx']) {
      const body = await download(`format=${format}&anonymous=1`);
      const text = format === 'docx' ? (await docxText(body)).xml : format === 'xlsx' ? await sheetText(body) : body.toString('utf8');
      for (const organisation of ORGANISATIONS) expect(text, format).not.toContain(organisation);
      expect(text, format).toMatch(/scic/i);
    }
  });
});

describe('dashboard by kind', () => {
  it('counts participants, cards and the votes they received per kind', async () => {
    const res = await server.request<Dashboard>('GET', `/api/workshops/${workshop.id}/dashboard`, undefined, workshop.organiserToken);
    expect(res.body.kinds).toEqual([
      { kind: 'commune', participants: 1, cards: 1, votes: 1 },
      { kind: 'scic', participants: 1, cards: 1, votes: 2 },
      { kind: null, participants: 1, cards: 0, votes: 0 },
    ]);
  });
});

async function sheetText(body: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))));
  return cells.join('\n');
}
