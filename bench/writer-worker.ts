/**
 * A worker thread running a share of the writers and replicas, so that their network and
 * Yjs work is spread over the cores the server leaves free rather than queued behind the
 * observers. Reports, per client, its cards written inside the window and those it keeps.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { countInWindow, type Window } from './load/accounting';
import { SimClient, type SimOptions, type WritePlan } from './sim-client';

export interface WriterReport {
  boardId: string;
  counted: number;
  live: number;
}
export interface WorkerStopped {
  type: 'stopped';
  clients: WriterReport[];
  updates: number;
  errors: number;
}

const { clients: options, plan } = workerData as { clients: SimOptions[]; plan: WritePlan };
const clients = options.map((o) => new SimClient(o));

parentPort!.on('message', async (message: { type: string; window?: Window }) => {
  if (message.type === 'connect') {
    await Promise.all(clients.map((c) => c.connect()));
    parentPort!.postMessage({ type: 'connected' });
  } else if (message.type === 'start') {
    for (const c of clients) c.start(plan);
  } else if (message.type === 'stop') {
    for (const c of clients) c.stop();
    const stopped: WorkerStopped = {
      type: 'stopped',
      clients: clients.map((c) => ({ boardId: c.options.boardId, counted: countInWindow(c.sentAt, message.window!), live: c.live })),
      updates: clients.reduce((n, c) => n + c.updates, 0),
      errors: clients.reduce((n, c) => n + c.errors, 0),
    };
    parentPort!.postMessage(stopped);
  } else if (message.type === 'destroy') {
    for (const c of clients) c.destroy();
    parentPort!.postMessage({ type: 'destroyed' });
  }
});
