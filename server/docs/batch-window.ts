/**
 * How long a board waits to gather updates into one write and one broadcast.
 *
 * Waiting costs every writer latency; not waiting costs the server one storage write and one
 * frame per client for every update. The cost that grows is the fan-out (updates per second
 * times the clients each batch goes to), so a board sends at once until its fan-out reaches
 * a frame budget, then waits just long enough to stay within it, never longer than the cap.
 * A quiet or small room thus gets loopback plus one fsync; a crowded, busy one keeps merging.
 * Updates that arrive while a write is under way are merged whatever the window.
 */
import { TIMINGS } from '@shared/limits';

export interface BoardLoad {
  /** Recent updates per second on this board (see UpdateRate). */
  updatesPerSecond: number;
  /** Connections this instance relays the board to. */
  clients: number;
}

/** Milliseconds between the end of one batch and the start of the next; 0: at once. */
export function batchWindowMs({ updatesPerSecond, clients }: BoardLoad): number {
  if (!(updatesPerSecond > 0) || !(clients > 0)) return 0;
  if (updatesPerSecond * clients <= TIMINGS.batchFanoutFramesPerSecond) return 0;
  // At most budget / clients batches per second, each reaching every client.
  return Math.min(TIMINGS.batchIntervalMs, (1_000 * clients) / TIMINGS.batchFanoutFramesPerSecond);
}

/**
 * How long a board gathers presence changes into one broadcast: the interval, or longer once
 * its clients would receive more than the presence budget of frames per second.
 */
export function presenceWindowMs(clients: number): number {
  const crowd = clients > 0 ? (1_000 * clients) / TIMINGS.presenceFanoutFramesPerSecond : 0;
  return Math.max(TIMINGS.presenceIntervalMs, crowd);
}

/**
 * Updates per second, as an exponentially decaying count: one multiplication per batch, no
 * history kept. It falls back towards 0 by itself while the board is quiet.
 */
export class UpdateRate {
  private rate = 0;
  private at = 0;

  constructor(private readonly halfLifeMs = 1_000) {}

  /** `count` updates arrived at `nowMs` (performance.now()). */
  add(count: number, nowMs: number): void {
    this.rate = this.perSecond(nowMs) + (count * 1_000 * Math.LN2) / this.halfLifeMs;
    this.at = nowMs;
  }

  perSecond(nowMs: number): number {
    return this.rate * 2 ** (-(nowMs - this.at) / this.halfLifeMs);
  }
}
