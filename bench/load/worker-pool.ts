/** The writer threads of a load run, driven by request and answer messages. */
import { Worker } from 'node:worker_threads';
import type { SimOptions, WritePlan } from '../sim-client';
import type { WorkerStopped } from '../writer-worker';
import type { Window } from './accounting';

const WORKER = new URL('../writer-worker.mjs', import.meta.url);

function tell<T>(worker: Worker, message: { type: string; window?: Window }, answer: string): Promise<T> {
  return new Promise<T>((resolve) => {
    const onMessage = (m: { type: string }) => {
      if (m.type !== answer) return;
      worker.off('message', onMessage);
      resolve(m as T);
    };
    worker.on('message', onMessage);
    worker.postMessage(message);
  });
}

export class WorkerPool {
  private readonly workers: Worker[];

  constructor(clients: readonly SimOptions[], plan: WritePlan, threads: number) {
    this.workers = Array.from({ length: threads }, (_, w) => {
      const worker = new Worker(WORKER, { workerData: { clients: clients.filter((_, i) => i % threads === w), plan } });
      worker.on('error', (err) => {
        console.error('writer thread failed:', err);
        process.exit(1);
      });
      return worker;
    });
  }

  connect(): Promise<unknown> {
    return Promise.all(this.workers.map((w) => tell(w, { type: 'connect' }, 'connected')));
  }

  start(): void {
    for (const w of this.workers) w.postMessage({ type: 'start' });
  }

  stop(window: Window): Promise<WorkerStopped[]> {
    return Promise.all(this.workers.map((w) => tell<WorkerStopped>(w, { type: 'stop', window }, 'stopped')));
  }

  async destroy(): Promise<void> {
    await Promise.all(this.workers.map((w) => tell(w, { type: 'destroy' }, 'destroyed')));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
