import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, listCards } from '@shared/board-model';
import type { CreatedWorkshop } from '@shared/protocol';
import { spawnServer } from '../test-support/server-process';
import { connectSocketIO, connectYWebsocket, waitSaved } from '../test-support/test-clients';
import { apiClient, startTestServer, tempDataDir, type TestServer } from '../test-support/test-server';

describe('health, readiness and metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.dispose());

  it('reports ready with its storage reachable', async () => {
    expect(await server.request('GET', '/readyz')).toEqual({ status: 200, body: { status: 'ready', checks: { storage: 'ok' } } });
  });

  it('exposes Prometheus metrics that follow the activity', async () => {
    const workshop = await server.createWorkshop();
    const board = workshop.boards[0]!;
    const client = await connectSocketIO(server.url, board.id, workshop.organiserToken);
    addCard(client.doc, { id: 'card-metric', column: board.columns[0]!.id, author: 'o', authorName: 'O' });
    await waitSaved(client.provider);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/coatelier_connections\{transport="socketio"\} 1/);
    expect(text).toMatch(/coatelier_boards_in_memory 1/);
    expect(text).toMatch(/coatelier_updates_total [1-9]/);
    expect(text).toMatch(/coatelier_persistence_seconds_count [1-9]/);
    expect(text).toMatch(/coatelier_update_seconds_count [1-9]/);
    expect(text).toMatch(/coatelier_update_log_rows [1-9]/);
    // One open board held by one client: counted in its bucket, bounded whatever the boards.
    expect(text).toMatch(/coatelier_board_clients_bucket\{le="0"\} 0/);
    expect(text).toMatch(/coatelier_board_clients_bucket\{le="1"\} 1/);
    expect(text).toMatch(/coatelier_board_clients_count 1/);
    expect(text).toMatch(/coatelier_board_clients_sum 1/);
    // prom-client's defaults: memory and event-loop lag, not measured twice.
    expect(text).toMatch(/process_resident_memory_bytes [1-9]/);
    expect(text).toMatch(/nodejs_eventloop_lag_p50_seconds \d/);
    expect(text).toMatch(/nodejs_eventloop_lag_p99_seconds \d/);
    client.provider.destroy();
  });
});

describe('SIGTERM', () => {
  const dataDir = tempDataDir();
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('drains: stores every acknowledged edit, tells clients to reconnect, exits 0', async () => {
    const first = await spawnServer(dataDir);
    const { body: workshop } = await apiClient(first.url)<CreatedWorkshop>('POST', '/api/workshops', { title: 'Drain' });
    const board = workshop.boards[0]!;
    const sio = await connectSocketIO(first.url, board.id, workshop.organiserToken);
    const ws = await connectYWebsocket(first.url, board.id, workshop.organiserToken);
    for (let i = 0; i < 30; i++) addCard(sio.doc, { id: `card-drain-${i}`, column: board.columns[0]!.id, author: 'o', authorName: 'O' });
    await waitSaved(sio.provider);
    const sioReason = new Promise<string>((resolve) => sio.provider.socket.once('disconnect', resolve));
    const wsClosed = new Promise<number>((resolve) => ws.provider.ws!.addEventListener('close', (e) => resolve(e.code)));
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(await wsClosed).toBe(1012);
    // Not "io server disconnect", after which Socket.IO clients would stay away for good.
    expect(await sioReason).toBe('transport close');
    ws.provider.destroy();

    const second = await spawnServer(dataDir);
    try {
      // The Socket.IO client reconnects by itself to the restarted server (same port is not
      // guaranteed here, so a fresh client reads the stored board).
      const reader = await connectSocketIO(second.url, board.id, workshop.organiserToken);
      expect(listCards(reader.doc)).toHaveLength(30);
      reader.provider.destroy();
    } finally {
      sio.provider.destroy();
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
