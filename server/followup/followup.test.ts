/**
 * A lead's follow-up link edits its action's status and notes, and nothing else: no other
 * card, field, board or route, on REST and on both live transports; revoking the viewer
 * links ends it; the organiser's open board sees the lead's writes live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { addCard, cardsOf } from '@shared/board-model';
import type { FollowupAction, FollowupLink } from '@shared/followup';
import { newId } from '@shared/ids';
import { readProgress, readStatusHistory } from '@shared/roadmap-log';
import { setRoadmapFields } from '@shared/roadmap';
import { openRaw } from '../security/live-harness';
import { TRANSPORTS, openWriter, openRoom, type Room } from '../security/write-harness';
import { connectSocketIO, onDocChange, waitUntil } from '../test-support/test-clients';

let room: Room;
let roadmapId: string;
let otherBoardId: string;

beforeAll(async () => {
  room = await openRoom();
  const roadmap = room.workshop.boards.find((b) => b.kind === 'roadmap')!;
  roadmapId = roadmap.id;
  otherBoardId = room.boardId;
});
afterAll(() => room.dispose());

/** An action on the roadmap, written by the organiser; its id. */
async function action(text: string): Promise<string> {
  const id = newId();
  const column = room.workshop.boards.find((b) => b.id === roadmapId)!.columns[0]!.id;
  const writer = await openWriter(room, 'socket.io', room.organiser, roadmapId);
  expect(
    await writer.attempt((doc) => {
      addCard(doc, { id, column, author: room.organiser.pid, authorName: 'Orga', text });
      setRoadmapFields(doc, id, { leadKind: 'commune', leadName: 'Ville de Tours', due: '2027-06-30' });
    }),
  ).toEqual({ ok: true });
  writer.close();
  return id;
}

const linkFor = (boardId: string, cardId: string, token = room.organiser.token) =>
  room.request<FollowupLink>('POST', `/api/boards/${boardId}/actions/${cardId}/followup`, undefined, token);

async function followupToken(cardId: string): Promise<string> {
  const { status, body } = await linkFor(roadmapId, cardId);
  expect(status).toBe(201);
  expect(body.path).toMatch(/^\/suivi\/[\w.-]+$/);
  return body.path.slice('/suivi/'.length);
}

const stored = async (cardId: string) => cardsOf(await room.stored(roadmapId)).get(cardId);

describe('making a follow-up link', () => {
  it('is for organisers, for an existing action of a roadmap of their workshop', async () => {
    const id = await action('Former les élus');
    expect((await linkFor(roadmapId, id, room.alice.token)).status).toBe(403);
    expect((await linkFor(roadmapId, id, room.facilitator.token)).status).toBe(403);
    expect((await linkFor(roadmapId, 'no-such-card')).status).toBe(404);
    expect((await linkFor(otherBoardId, id)).status).toBe(400);
    const other = (await room.request<{ organiserToken: string }>('POST', '/api/workshops', { title: 'Autre', template: 'rencontre-ess' })).body;
    expect((await linkFor(roadmapId, id, other.organiserToken)).status).toBe(403);
    expect((await linkFor(roadmapId, id)).status).toBe(201);
  });
});

describe('the lead’s page', () => {
  it('reads the action, changes its status and adds a note, seen live on the organiser’s board', async () => {
    const id = await action('Former les élus');
    const token = await followupToken(id);
    const watcher = await connectSocketIO(room.server.url, roadmapId, room.organiser.token);
    try {
      const read = await room.request<FollowupAction>('GET', '/api/followup', undefined, token);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ text: 'Former les élus', leadName: 'Ville de Tours', due: '2027-06-30', status: 'todo', progress: [], statusHistory: [] });
      expect(JSON.stringify(read.body)).not.toContain(room.organiser.pid);

      const status = await room.request<FollowupAction>('POST', '/api/followup/status', { status: 'doing', name: 'Léa Martin' }, token);
      expect(status.status).toBe(200);
      expect(status.body.statusHistory).toMatchObject([{ status: 'doing', byName: 'Léa Martin', byLead: true }]);
      const note = await room.request<FollowupAction>('POST', '/api/followup/notes', { text: 'Deux sessions calées en mars' }, token);
      expect(note.status).toBe(201);
      expect(note.body.progress).toMatchObject([{ text: 'Deux sessions calées en mars', byName: '', byLead: true }]);

      const live = () => cardsOf(watcher.doc).get(id);
      await waitUntil(() => readProgress(live()).length === 1 && live()?.get('status') === 'doing', onDocChange([watcher.doc]), 'the organiser sees the lead’s writes');
      expect(readStatusHistory(await stored(id))).toMatchObject([{ status: 'doing', by: '@lead' }]);
    } finally {
      watcher.provider.destroy();
    }
  });

  it('refuses bad bodies and bad tokens', async () => {
    const id = await action('Un observatoire');
    const token = await followupToken(id);
    expect((await room.request('POST', '/api/followup/status', { status: 'abandoned' }, token)).status).toBe(400);
    expect((await room.request('POST', '/api/followup/notes', { text: '   ' }, token)).status).toBe(400);
    expect((await room.request('POST', '/api/followup/notes', { text: 'x'.repeat(1_001) }, token)).status).toBe(400);
    expect((await room.request('GET', '/api/followup')).status).toBe(401);
    expect((await room.request('GET', '/api/followup', undefined, room.organiser.token)).status).toBe(401);
  });
});

describe('what a follow-up token cannot do', () => {
  it('names one action: its claims cannot be changed to another card', async () => {
    const id = await action('Action A');
    const other = await action('Action B');
    const token = await followupToken(id);
    expect(decodeJwt(token)).toMatchObject({ act: id, bid: roadmapId });
    const [header, payload, signature] = token.split('.');
    const claims = { ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), act: other };
    const swapped = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect((await room.request('POST', '/api/followup/status', { status: 'done' }, swapped)).status).toBe(401);
    expect((await stored(other))?.get('status')).toBeUndefined();
  });

  it('is refused by every other route', async () => {
    const token = await followupToken(await action('Action C'));
    expect((await room.request('GET', `/api/workshops/${room.workshop.id}`, undefined, token)).status).toBe(401);
    expect((await room.request('GET', `/api/boards/${roadmapId}/export?format=json`, undefined, token)).status).toBe(401);
    expect((await linkFor(roadmapId, 'x', token)).status).toBe(401);
  });

  it.each(TRANSPORTS)('is refused by %s, on the roadmap and on every other board', async (transport) => {
    const token = await followupToken(await action('Action D'));
    for (const boardId of [roadmapId, otherBoardId]) {
      const ended = await openRaw(transport, room.server.url, boardId, token).then(
        (client) => client.ended,
        (err: Error) => ({ code: err.message }),
      );
      expect(ended).toMatchObject({ code: 'unauthorized' });
    }
  });

  it('ends when the organiser revokes the viewer links', async () => {
    const id = await action('Action E');
    const token = await followupToken(id);
    expect((await room.request('POST', `/api/workshops/${room.workshop.id}/links/revoke`, { role: 'viewer' }, room.organiser.token)).status).toBe(200);
    expect((await room.request('GET', '/api/followup', undefined, token)).status).toBe(401);
    expect((await room.request('POST', '/api/followup/notes', { text: 'Trop tard' }, token)).status).toBe(401);
    // A new link works again.
    expect((await room.request('GET', '/api/followup', undefined, await followupToken(id))).status).toBe(200);
  });
});
