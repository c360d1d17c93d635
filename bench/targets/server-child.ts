/**
 * A benchmarked server in a child process of its own, Coatelier's or a peer's, so that its
 * CPU time and memory are measured apart from the simulated clients, all through the same
 * IPC (`listening`, `stats`, `stop`: bench/server-process.ts, bench/peers/process-stats.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ServerStats {
  cpuSeconds: number;
  peakRssMb: number;
  eventLoopDelayMs: { p99: number; max: number };
}

export interface ServerChild {
  child: ChildProcess;
  url: string;
}

export function startChild(script: URL, env: NodeJS.ProcessEnv, profileDir: string | null): Promise<ServerChild> {
  const child = fork(script, {
    execArgv: ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
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

/**
 * Resident memory now, in MB, read by the parent from /proc (Linux): the same reading for
 * every server, and one that falls as well as rises, unlike the peak. Elsewhere, the peak.
 */
export async function rssMb(server: ServerChild): Promise<number> {
  try {
    const kB = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1];
    if (kB) return Number(kB) / 1024;
  } catch {
    // Not Linux: fall through to the peak the server reports itself.
  }
  return (await askStats(server)).peakRssMb;
}

export function stopChild(server: ServerChild): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.send({ type: 'stop' });
  });
}
