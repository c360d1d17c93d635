/**
 * Deleted means gone for everyone, on both transports: the connections on a deleted board
 * are told and closed, and nothing they send after is stored. Archiving keeps connections
 * open, read-only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cardsOf } from '@shared/board-model';
import { withTimeout } from './live-timing';
import { cardUpdate, openRaw } from './live-harness';
import { TRANSPORTS, openRoom, type Room } from './write-harness';

let room: Room;
afterEach(() => room.dispose());

describe.each(TRANSPORTS)('over %s', (transport) => {
  it('a deleted board closes the connections on it and stores nothing more', async () => {
    room = await openRoom();
    const board = room.workshop.boards[1]!;
    const client = await openRaw(transport, room.server.url, board.id, room.alice.token);
    expect(await client.sendUpdate(cardUpdate('card-before-delete', board.columns[0]!.id, room.alice.pid))).toBe(true);

    expect((await room.request('DELETE', `/api/boards/${board.id}`, undefined, room.organiser.token)).status).toBe(204);
    const late = client.sendUpdate(cardUpdate('card-after-delete', board.columns[0]!.id, room.alice.pid));
    expect(await withTimeout(client.ended, 1_000, 'the connection closed')).toEqual({ code: 'not_found', reason: 'board_deleted' });
    expect(await late).toBe(false);
    expect((await room.storage.loadBoard(board.id)).updates).toEqual([]);

    // Coming back to it is refused too.
    const again = await openRaw(transport, room.server.url, board.id, room.alice.token);
    if (again.joinAck) expect(again.joinAck).toMatchObject({ ok: false, error: { code: 'not_found' } });
    else expect(await again.ended).toMatchObject({ code: 'not_found' });
    again.close();
    expect((await room.storage.loadBoard(board.id)).updates).toEqual([]);
    await room.unaffected();
  });

  it('archiving keeps connections open and read-only', async () => {
    room = await openRoom();
    const client = await openRaw(transport, room.server.url, room.boardId, room.alice.token);
    expect((await room.request('POST', `/api/workshops/${room.workshop.id}/archive`, { archived: true }, room.organiser.token)).status).toBe(200);
    await client.roundTrip(); // still open: it reads
    expect(await client.sendUpdate(cardUpdate('card-archived', room.column, room.alice.pid))).toBe(false);
    expect(cardsOf(await room.stored()).has('card-archived')).toBe(false);
    if (transport === 'socket.io') await client.roundTrip();
    else expect(await client.ended).toEqual({ code: 'forbidden', reason: 'archived' });
    client.close();
  });
});
