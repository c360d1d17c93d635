/**
 * The peers as the bench drives them: each server in its own process, a writer on a bare
 * connection and an observer replica, over the y-websocket protocol (Hocuspocus's framing
 * for Hocuspocus). The observer must receive the writer's cards, keystrokes and presence.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cardText, cardsOf } from '../../shared/board-model';
import { onDocChange, waitUntil } from '../../server/test-support/test-clients';
import { SimClient } from '../sim-client';
import { startPeer } from './peer';
import type { Target } from './target';

let target: Target | null = null;
const clients: SimClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await target?.stop();
  target = null;
});

describe.each(['y-websocket', 'hocuspocus'] as const)('the %s peer', (name) => {
  it('relays a writer’s cards, keystrokes and presence to an observer', async () => {
    target = await startPeer(name, null);
    const [board] = await target.createBoards(1);
    const { transport } = target.transports[0]!;
    const client = (id: number, role: 'writer' | 'observer') =>
      new SimClient({ id, transport, role, ...target!.endpoint(0, transport), boardId: board!.id, column: board!.column, token: 'bench', participantId: `p${id}` }, () => true);
    const writer = client(1, 'writer');
    const observer = client(2, 'observer');
    clients.push(writer, observer);
    await Promise.all([writer.connect(), observer.connect()]);

    writer.start({ intervalMs: 20, keystrokes: 2, keystrokeMs: 5, keepCards: Infinity });
    await waitUntil(() => observer.deliveries.length >= 3, onDocChange([observer.doc]), 'three cards');
    writer.stop();
    const ids = [...cardsOf(writer.doc).keys()];
    const texts = () => ids.map((id) => cardText(observer.doc, id)?.toString()).join();
    await waitUntil(() => texts() === ids.map((id) => cardText(writer.doc, id)!.toString()).join(), onDocChange([observer.doc]), 'every keystroke');
    expect(texts()).toContain('xéé');
    const presence = () => [...observer.awareness.getStates().values()].some((s) => (s as { user?: { id?: string } }).user?.id === 'p1');
    await waitUntil(presence, (cb) => (observer.awareness.on('change', cb), () => observer.awareness.off('change', cb)), 'the writer’s presence');
  });
});
