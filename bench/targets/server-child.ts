/**
 * A benchmarked server in a child process of its own, Coatelier's or a peer's, so that its
 * CPU time and memory are measured apart from the simulated clients, all through the same
 * IPC (`listening`, `stats`, `stop`: bench/server-process.ts, bench/peers/process-stats.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Coatelier's server process as it ships, compiled by `npm run build:bench` (the bench script
 * runs it first); the TypeScript source through tsx when it was not built, which holds ~70 MB more.
 */
export function coatelierServerScript(): URL {
  const compiled = new URL('../../dist/bench/server-process.js', import.meta.url);
  return existsSync(compiled) ? compiled : new URL('../server-process.ts', import.meta.url);
}

export interface ServerStats {
  cpuSeconds: number;
  peakRssMb: number;
  /** Null when the server did not answer in time (a busy peer may read its IPC late). */
  eventLoopDelayMs: { p99: number; max: number } | null;
  /**
   * Coatelier's own account of the time updates spent inside it (acceptance to relay and
   * acknowledgement, from its /metrics buckets); null for the peers, or when late.
   */
  inServerMs?: { p50: number; p99: number } | null;
}

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second on every architecture. */
const TICKS_PER_SECOND = 100;
/** How long the event-loop figures may take to come back over IPC before they are left out. */
const IPC_WAIT_MS = 1_000;

export interface ServerChild {
  child: ChildProcess;
  url: string;
}

export function startChild(script: URL, env: NodeJS.ProcessEnv, profileDir: string | null): Promise<ServerChild> {
  const child = fork(script, {
    execArgv: [...(script.pathname.endsWith('.ts') ? ['--import', 'tsx'] : []), ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    // The server's log goes to stderr: stdout is the benchmark's JSON.
    stdio: ['ignore', 2, 2, 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve({ child, url: m.url }));
    child.once('exit', (code) => reject(new Error(`${script.pathname} exited with ${code}`)));
  });
}

export function askStats(server: ServerChild): Promise<ServerStats> {
  return new Promise((resolve) => {
    const onMessage = (m: { type?: string }) => {
      if (m.type !== 'stats') return;
      server.child.off('message', onMessage);
      resolve(m as unknown as ServerStats);
    };
    server.child.on('message', onMessage);
    server.child.send({ type: 'stats' });
  });
}

/** A line of /proc/<pid>/status in kB, or null off Linux. */
function procStatusKb(server: ServerChild, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const kB = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1];
    return kB ? Number(kB) : null;
  } catch {
    return null;
  }
}

/** User and system CPU seconds of every thread of the process, or null off Linux. */
function procCpuSeconds(server: ServerChild): number | null {
  try {
    // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * CPU time and peak memory read by the parent from /proc on Linux: the same reading for
 * every server, whether or not its event loop is free to answer (a busy peer was seen to
 * read its IPC only once the load stopped). The event-loop delay can only come from inside,
 * over IPC, and is left out if late. Off Linux, everything comes over IPC.
 */
export async function serverStats(server: ServerChild): Promise<ServerStats> {
  const cpuSeconds = procCpuSeconds(server);
  const peakKb = procStatusKb(server, 'VmHWM');
  if (cpuSeconds === null || peakKb === null) return askStats(server);
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), IPC_WAIT_MS).unref());
  const inside = await Promise.race([askStats(server), late]);
  return { cpuSeconds, peakRssMb: Math.round(peakKb / 1024), eventLoopDelayMs: inside?.eventLoopDelayMs ?? null, inServerMs: inside?.inServerMs ?? null };
}

/**
 * Resident memory now, in MB: one that falls as well as rises, unlike the peak. Off Linux,
 * the peak the server reports.
 */
export async function rssMb(server: ServerChild): Promise<number> {
  const kB = procStatusKb(server, 'VmRSS');
  return kB === null ? (await askStats(server)).peakRssMb : kB / 1024;
}

export function stopChild(server: ServerChild): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.send({ type: 'stop' });
  });
}
