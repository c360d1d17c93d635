/**
 * The benchmark's scenarios (issue 14 §5): what load each one puts on a server, and which
 * servers run it. Pure data and arithmetic, so that plans can be checked without a server.
 */
import { LIMITS } from '../../shared/limits';
import type { WritePlan } from '../sim-client';

export interface LoadScenario {
  kind: 'load';
  name: string;
  description: string;
  clients: number;
  boards: number;
  instances: number;
  write: Omit<WritePlan, 'keepCards'>;
  /** The peers keep documents in one process's memory: they do not scale out. */
  peers: boolean;
}
export interface MemoryScenario {
  kind: 'memory';
  name: string;
  description: string;
  peers: true;
}
export type Scenario = LoadScenario | MemoryScenario;

/** A card every 500 ms and one keystroke into it: the issue's plenary stress figure. */
const PLENARY = { intervalMs: 500, keystrokes: 1, keystrokeMs: 250 };
/** A day's rate: a card every 5 s, then a burst of keystrokes into it, as people type. */
const DAY = { intervalMs: 5_000, keystrokes: 5, keystrokeMs: 150 };

const board = (clients: number): LoadScenario => ({
  kind: 'load',
  name: `board-${clients}`,
  description: `one board, ${clients} clients, a card every 500 ms each`,
  clients,
  boards: 1,
  instances: 1,
  write: PLENARY,
  peers: true,
});
const day = (clients: number, instances: number): LoadScenario => ({
  kind: 'load',
  name: `day-${clients}${instances > 1 ? `-x${instances}` : ''}`,
  description: `one board, ${clients} clients, a card every 5 s each plus typing, ${instances > 1 ? `${instances} instances on PostgreSQL + Redis` : 'one instance'}`,
  clients,
  boards: 1,
  instances,
  write: DAY,
  peers: instances === 1,
});

export const SCENARIOS: readonly Scenario[] = [
  board(10),
  board(100),
  board(200),
  day(500, 1),
  day(1_000, 1),
  day(500, 2),
  day(1_000, 2),
  {
    kind: 'load',
    name: 'tables',
    description: 'a day of tables: 20 boards of 25 clients, a card every 5 s each plus typing',
    clients: 500,
    boards: 20,
    instances: 1,
    write: DAY,
    peers: true,
  },
  { kind: 'memory', name: 'memory', description: 'memory per idle board and per idle connection', peers: true },
];

/** `all`, one name, or names separated by commas; unknown names are refused. */
export function selectScenarios(selection: string): Scenario[] {
  if (selection === 'all') return [...SCENARIOS];
  return selection.split(',').map((name) => {
    const found = SCENARIOS.find((s) => s.name === name.trim());
    if (!found) throw new Error(`unknown scenario "${name}": one of ${SCENARIOS.map((s) => s.name).join(', ')}, or all`);
    return found;
  });
}

/** Share of the board's card limit the bench lets a run reach: refusals would end the run. */
const CARD_HEADROOM = 0.9;

/**
 * How many of its own cards each client keeps on its board over a run of `seconds`: all of
 * them unless the board would pass 90% of its card limit, in which case every client deletes
 * its oldest card beyond its share (people delete cards too; refusals would end the run).
 */
export function keepCards(s: Pick<LoadScenario, 'clients' | 'boards' | 'write'>, seconds: number): number {
  const perBoard = Math.ceil(s.clients / s.boards);
  const ownCards = Math.ceil((seconds * 1000) / s.write.intervalMs) + 1;
  const cap = Math.floor((CARD_HEADROOM * LIMITS.maxCardsPerBoard) / perBoard);
  return perBoard * ownCards > CARD_HEADROOM * LIMITS.maxCardsPerBoard ? cap : Infinity;
}

export interface LoadOverrides {
  clients?: number | undefined;
  boards?: number | undefined;
  intervalMs?: number | undefined;
  instances?: number | undefined;
}

/** A scenario with the load the command line asked for; the name says it was changed. */
export function withOverrides(s: LoadScenario, o: LoadOverrides): LoadScenario {
  const changed = Object.values(o).some((v) => v !== undefined);
  if (!changed) return s;
  const instances = o.instances ?? s.instances;
  return {
    ...s,
    name: `${s.name}*`,
    description: `${s.description}, changed on the command line`,
    clients: o.clients ?? s.clients,
    boards: Math.min(o.boards ?? s.boards, o.clients ?? s.clients),
    instances,
    write: { ...s.write, intervalMs: o.intervalMs ?? s.write.intervalMs },
    peers: s.peers && instances === 1,
  };
}

/** The issue's latency targets: p99 under 100 ms at 200 clients, under 250 ms at 500. */
export function p99TargetMs(clients: number): number | null {
  if (clients <= 200) return 100;
  if (clients <= 500) return 250;
  return null;
}
