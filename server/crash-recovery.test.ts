import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { addCard, cardText, listCards } from '@shared/board-model';
import type { CreatedWorkshop } from '@shared/protocol';
import { spawnServer } from './test-support/server-process';
import { connectSocketIO, connectYWebsocket, waitUntil } from './test-support/test-clients';
import { apiClient, tempDataDir } from './test-support/test-server';

const dataDir = tempDataDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a server killed with SIGKILL', () => {
  it('keeps every acknowledged edit after a restart', async () => {
    const first = await spawnServer(dataDir);
    const { body: workshop } = await apiClient(first.url)<CreatedWorkshop>('POST', '/api/workshops', { title: 'Crash' });
    const board = workshop.boards[0]!;
    const column = board.columns[0]!.id;
    const writer = await connectSocketIO(first.url, board.id, workshop.organiserToken);
    const other = await connectSocketIO(first.url, board.id, workshop.organiserToken);

    // Edits keep flowing; each time the server acknowledges everything, remember what it holds.
    let acknowledged: { id: string; text: string }[] = [];
    let savedCount = 0;
    writer.provider.on('saved', (saved) => {
      if (!saved) return;
      savedCount++;
      acknowledged = listCards(writer.doc).map(({ id, text }) => ({ id, text }));
    });
    let n = 0;
    const typeMore = () => {
      n++;
      addCard(writer.doc, { id: `card-${n}-crash`, column, author: 'w', authorName: 'W', text: `carte ${n}` });
      cardText(writer.doc, `card-${n}-crash`)!.insert(0, 'é');
    };
    const subscribeSaved = (cb: () => void) => {
      writer.provider.on('saved', cb);
      return () => writer.provider.off('saved', cb);
    };
    for (let round = 0; round < 20; round++) {
      typeMore();
      typeMore();
      if (round % 5 === 4) await waitUntil(() => writer.provider.saved, subscribeSaved, 'ack');
      else await new Promise((resolve) => setImmediate(resolve));
    }
    // One more burst still in flight when the process dies.
    typeMore();
    first.child.kill('SIGKILL');
    await first.exited;
    writer.provider.destroy();
    other.provider.destroy();
    expect(savedCount).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const second = await spawnServer(dataDir);
    try {
      const reader = await connectYWebsocket(second.url, board.id, workshop.organiserToken);
      const recovered = new Map(listCards(reader.doc).map((c) => [c.id, c.text]));
      for (const card of acknowledged) expect(recovered.get(card.id)).toBe(card.text);
      reader.provider.destroy();
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });
});
