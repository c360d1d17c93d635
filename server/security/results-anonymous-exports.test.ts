/**
 * Anonymity in exports, on a board that turned anonymous halfway through: names written
 * before (a card, a comment) and none after (a card, a reply), reactions and votes from two
 * people writing over both transports. With `anonymous=1` no file names anyone or carries a
 * participant id, whatever the format (each decoded: JSON parsed, XLSX and DOCX unzipped,
 * CSV read); people are `Participant N` / `pN` by join order, consistently.
 *
 * Without it, the file names authors: only organisers and facilitators export, and both may
 * see authors on an anonymous board (the `authors.see` permission); `anonymous=1` is what
 * they use for a file that leaves the room.
 */
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, cardsOf } from '@shared/board-model';
import { addComment, listComments, toggleReaction } from '@shared/card-comments';
import type { BoardInfo, CreatedWorkshop, JoinResult } from '@shared/protocol';
import { workshopBackup } from '@shared/results/backup';
import { EXPORT_FORMATS, type ExportFormat } from '@shared/results/export-formats';
import { ROLES, can } from '@shared/roles';
import { connectSocketIO, connectYWebsocket, onDocChange, waitSaved, waitUntil, type SioClient, type WsClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { decodedStrings } from './results-decoded';

let server: TestServer;
let workshop: CreatedWorkshop;
let board: BoardInfo;
let zoe: JoinResult;
let elodie: JoinResult;
let organiser: SioClient;
let z: SioClient;
let e: WsClient;
const NAMES = ['Zoé', 'Lefèvre', 'Élodie', 'Müller'];

const seen = (check: () => boolean, what: string) => waitUntil(check, onDocChange([z.doc, e.doc]), what);

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Atelier');
  board = workshop.boards[0]!;
  zoe = await server.join(workshop.joinCode, 'Zoé Lefèvre');
  elodie = await server.join(workshop.joinCode, 'Élodie Müller');
  [organiser, z, e] = await Promise.all([
    connectSocketIO(server.url, board.id, workshop.organiserToken),
    connectSocketIO(server.url, board.id, zoe.participantToken),
    connectYWebsocket(server.url, board.id, elodie.participantToken),
  ]);
  const column = board.columns[0]!.id;

  // Before anonymity: a named card and a named comment.
  addCard(z.doc, { id: 'card-before', column, author: zoe.participantId, authorName: zoe.name, text: 'Écrite avant' });
  await waitSaved(z.provider);
  await seen(() => cardsOf(e.doc).has('card-before'), 'the first card at Élodie’s');
  addComment(e.doc, 'card-before', { id: 'c1', author: elodie.participantId, authorName: elodie.name, text: 'Avis nommé', replyTo: null });
  await seen(() => listComments(z.doc, 'card-before').length === 1, 'the comment at Zoé’s');

  expect((await organiser.provider.command({ type: 'anonymity.set', anonymous: true })).ok).toBe(true);

  // After: no names written, reactions both ways.
  addCard(e.doc, { id: 'card-after', column, author: elodie.participantId, authorName: '', text: 'Écrite après' });
  toggleReaction(e.doc, 'card-before', '💡', elodie.participantId);
  await seen(() => cardsOf(z.doc).has('card-after'), 'the second card at Zoé’s');
  addComment(z.doc, 'card-before', { id: 'c2', author: zoe.participantId, authorName: '', text: 'Réponse anonyme', replyTo: 'c1' });
  toggleReaction(z.doc, 'card-after', '👍', zoe.participantId);
  await waitSaved(z.provider);

  expect((await organiser.provider.command({ type: 'phase.set', phase: 'voting' })).ok).toBe(true);
  expect((await z.provider.vote({ cardId: 'card-after', action: 'cast' })).ok).toBe(true);
  expect((await organiser.provider.vote({ cardId: 'card-before', action: 'cast' })).ok).toBe(true);
});

afterAll(async () => {
  for (const c of [organiser, z, e]) c?.provider.destroy();
  await server.dispose();
});

async function exported(format: ExportFormat, anonymous: boolean): Promise<Buffer> {
  const res = await fetch(`${server.url}/api/workshops/${workshop.id}/export?format=${format}&anonymous=${anonymous ? 1 : 0}`, {
    headers: { authorization: `Bearer ${workshop.organiserToken}` },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** Text → author, as the CSV states it. */
async function authors(anonymous: boolean): Promise<Record<string, string>> {
  const rows = Papa.parse<string[]>((await exported('csv', anonymous)).toString('utf8').slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
  return Object.fromEntries(rows.slice(1).map((r) => [r[4], r[5]]));
}

describe('exports of a board that turned anonymous', () => {
  it.each(EXPORT_FORMATS)('%s with anonymous=1 holds no name and no participant id', async (format) => {
    const strings = await decodedStrings(format, await exported(format, true));
    const secrets = [...NAMES, zoe.participantId, elodie.participantId];
    const leaks = strings.filter((s) => secrets.some((secret) => s.includes(secret)));
    expect(leaks).toEqual([]);
    expect(strings.some((s) => s.includes('Participant 1'))).toBe(true);
    expect(strings.some((s) => s.includes('Participant 2'))).toBe(true);
  });

  it('gives everyone the same pseudonym in cards, comments, reactions and votes', async () => {
    expect(await authors(true)).toEqual({ 'Écrite avant': 'Participant 1', 'Écrite après': 'Participant 2' });
    const backup = workshopBackup.parse(JSON.parse((await exported('json', true)).toString('utf8')));
    const [before, after] = ['card-before', 'card-after'].map((id) => backup.boards[0]!.cards.find((c) => c.id === id)!);
    expect(before!.comments.map((c) => [c.author, c.authorName, c.text])).toEqual([
      ['p2', 'Participant 2', 'Avis nommé'],
      ['p1', 'Participant 1', 'Réponse anonyme'],
    ]);
    expect({ ...before!.reactions }).toEqual({ '💡': ['p2'] });
    expect({ ...after!.reactions }).toEqual({ '👍': ['p1'] });
    // The organiser's vote: not a participant, numbered after them.
    expect(backup.boards[0]!.votes.map((v) => [v.participantId, v.cardId]).sort()).toEqual([
      ['p1', 'card-after'],
      ['p3', 'card-before'],
    ]);
  });

  it('names authors without anonymous=1, for organisers and facilitators who may see them', async () => {
    expect(await authors(false)).toEqual({ 'Écrite avant': 'Zoé Lefèvre', 'Écrite après': 'Élodie Müller' });
    // Whoever may export may see authors: a role given exports without it would need anonymous files only.
    for (const role of ROLES.filter((r) => can(r, 'results.export'))) expect(can(role, 'authors.see'), role).toBe(true);
  });
});
