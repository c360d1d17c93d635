/**
 * One load run against one server (Coatelier or a peer): connect every simulated client,
 * write for a warm-up then a measured window, wait a bounded grace period for the cards
 * still in flight, check that every replica converged, and report the figures.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cardsOf } from '../../shared/board-model';
import { converged } from '../convergence';
import { Histogram } from '../histogram';
import type { LoadScenario } from '../scenarios/plans';
import { keepCards } from '../scenarios/plans';
import { assignRoles, type RoleMix } from '../scenarios/roles';
import { SimClient, clockMs, type SimOptions, type WritePlan } from '../sim-client';
import { serverStats } from '../targets/server-child';
import type { BoardRef, Target } from '../targets/target';
import { allArrived, countInWindow, tally, type Window } from './accounting';
import { summarise, type LoadFigures } from './load-figures';
import { progress } from '../progress';
import { WorkerPool } from './worker-pool';

export interface LoadSettings extends RoleMix {
  durationS: number;
  warmupS: number;
  graceS: number;
  workers: number;
}

/**
 * Past this (after the grace period), a card that has not arrived is lost and a replica
 * that differs has not converged. Half a minute is "never" for a sticky note, and bounds
 * the run of a server that falls behind.
 */
const CONVERGE_DEADLINE_MS = 30_000;
/** Concurrent joins over HTTP while building the run. */
const JOIN_CONCURRENCY = 16;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(done: () => boolean, deadline: number): Promise<boolean> {
  while (!done() && performance.now() < deadline) await sleep(50);
  return done();
}

async function participants(target: Target, scenario: LoadScenario, boards: BoardRef[], mix: RoleMix): Promise<SimOptions[]> {
  const roles = assignRoles(scenario.clients, target.transports, mix);
  const options: SimOptions[] = new Array(scenario.clients);
  for (let start = 0; start < scenario.clients; start += JOIN_CONCURRENCY) {
    const batch = roles.slice(start, start + JOIN_CONCURRENCY).map(async ({ transport, role }, k) => {
      const i = start + k;
      const board = boards[i % boards.length]!;
      const { token, participantId } = await target.join(board, i);
      options[i] = { id: i, transport, role, ...target.endpoint(i, transport), boardId: board.id, column: board.column, token, participantId };
    });
    await Promise.all(batch);
  }
  return options;
}

export async function runLoad(target: Target, scenario: LoadScenario, s: LoadSettings): Promise<LoadFigures> {
  const boards = await target.createBoards(scenario.boards);
  const everyone = await participants(target, scenario, boards, s);
  const plan: WritePlan = { ...scenario.write, keepCards: keepCards(scenario, s.warmupS + s.durationS + s.graceS) };
  let recording = false;
  const observers = everyone.filter((o) => o.role === 'observer').map((o) => new SimClient(o, () => recording));
  const pool = new WorkerPool(everyone.filter((o) => o.role !== 'observer'), plan, s.workers);

  const connectStart = performance.now();
  await Promise.all([...observers.map((c) => c.connect()), pool.connect()]);
  const connectMs = performance.now() - connectStart;
  progress(`  ${scenario.clients} clients in, in ${Math.round(connectMs)} ms`);

  for (const c of observers) c.start(plan);
  pool.start();
  await sleep(s.warmupS * 1000);
  // CPU is counted over the measured window only: no start-up, connection or warm-up.
  const before = await Promise.all(target.servers.map(serverStats));
  const clientCpuBefore = process.cpuUsage();
  // The observers' own thread: if it lags, their latencies include the harness's queue.
  const harnessLoop = monitorEventLoopDelay({ resolution: 10 });
  harnessLoop.enable();
  recording = true;
  const window: Window = { start: clockMs(), end: 0 };
  await sleep(s.durationS * 1000);
  window.end = clockMs();
  for (const c of observers) c.stop();
  const clientCpu = process.cpuUsage(clientCpuBefore);
  harnessLoop.disable();
  const during = await Promise.all(target.servers.map(serverStats));
  const stopped = await pool.stop(window);
  progress('  window over, waiting for the cards in flight');

  // Cards written inside the window, and cards kept at the end, per board.
  const counted = new Map<string, number>();
  const live = new Map<string, number>();
  const add = (m: Map<string, number>, board: string, n: number) => m.set(board, (m.get(board) ?? 0) + n);
  const reports = [
    ...observers.map((c) => ({ boardId: c.options.boardId, counted: countInWindow(c.sentAt, window), live: c.live })),
    ...stopped.flatMap((w) => w.clients),
  ];
  for (const r of reports) {
    add(counted, r.boardId, r.counted);
    add(live, r.boardId, r.live);
  }
  const expectedBy = (c: SimClient) => (counted.get(c.options.boardId) ?? 0) - countInWindow(c.sentAt, window);

  // The grace period: cards in flight at the window's end still count if they arrive within it.
  await waitFor(() => observers.every((c) => allArrived(c.deliveries, window, expectedBy(c))), performance.now() + s.graceS * 1000);
  const graceOver = performance.now();
  const convergeDeadline = graceOver + CONVERGE_DEADLINE_MS;
  // Converged: every observer of a board, and a newcomer loading it from the server, hold
  // every card kept on it, with the same text and the same Yjs state vector.
  const boardConverged = await Promise.all(
    boards.map(async (board) => {
      const want = live.get(board.id) ?? 0;
      const replicas = observers.filter((c) => c.options.boardId === board.id).map((c) => c.doc);
      if (!(await waitFor(() => replicas.every((doc) => cardsOf(doc).size === want), convergeDeadline))) return false;
      const transport = target.transports[0]!.transport;
      const newcomer = new SimClient({
        id: -1, transport, role: 'replica', ...target.endpoint(0, transport), boardId: board.id, column: board.column, token: board.readerToken, participantId: '',
      });
      await newcomer.connect();
      const ok = await waitFor(() => converged([...replicas, newcomer.doc], want), convergeDeadline);
      newcomer.destroy();
      return ok;
    }),
  );
  const convergeMs = performance.now() - graceOver;
  progress(`  grace over; ${boardConverged.every(Boolean) ? 'converged' : 'NOT converged'} ${Math.round(convergeMs)} ms later`);
  // After the convergence wait: cards that arrived meanwhile are late, the others lost.
  const tallies = observers.map((c) => ({ transport: c.options.transport, ...tally(c.deliveries, window, s.graceS * 1000, expectedBy(c)) }));
  const after = await Promise.all(target.servers.map(serverStats));

  const latency = new Histogram();
  const byTransport = new Map<string, Histogram>();
  for (const t of tallies) {
    const h = byTransport.get(t.transport) ?? new Histogram();
    byTransport.set(t.transport, h);
    for (const ms of t.latencies) {
      latency.record(ms);
      h.record(ms);
    }
  }
  const figures = summarise({
    target, scenario, plan, settings: s, everyone, window, connectMs, convergeMs, clientCpu, harnessLoop, before, during, after,
    latency, byTransport,
    late: tallies.reduce((n, t) => n + t.late, 0),
    lost: tallies.reduce((n, t) => n + t.lost, 0),
    cardsCounted: [...counted.values()].reduce((a, b) => a + b, 0),
    updates: observers.reduce((n, c) => n + c.updates, 0) + stopped.reduce((n, w) => n + w.updates, 0),
    errors: observers.reduce((n, c) => n + c.errors, 0) + stopped.reduce((n, w) => n + w.errors, 0),
    converged: boardConverged.every(Boolean),
  });
  for (const c of observers) c.destroy();
  await pool.destroy();
  return figures;
}
