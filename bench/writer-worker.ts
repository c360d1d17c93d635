/**
 * A worker thread running a share of the writer clients, so that their network work is
 * spread over the cores the server leaves free rather than queued behind the observers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SimClient, type SimOptions } from './sim-client';

const { clients: options, intervalMs } = workerData as { clients: SimOptions[]; intervalMs: number };
const clients = options.map((o) => new SimClient(o, { record: () => undefined }, () => false));

parentPort!.on('message', async (message: { type: string }) => {
  if (message.type === 'connect') {
    await Promise.all(clients.map((c) => c.connect()));
    parentPort!.postMessage({ type: 'connected' });
  } else if (message.type === 'start') {
    for (const c of clients) c.start(intervalMs);
  } else if (message.type === 'stop') {
    for (const c of clients) c.stop();
    parentPort!.postMessage({
      type: 'stopped',
      sent: clients.map((c) => ({ boardId: c.options.boardId, sent: c.sent })),
      updates: clients.reduce((n, c) => n + c.updates, 0),
      errors: clients.reduce((n, c) => n + c.errors, 0),
    });
  } else if (message.type === 'destroy') {
    for (const c of clients) c.destroy();
    parentPort!.postMessage({ type: 'destroyed' });
  }
});
