/**
 * The server for the browser benchmark: bench/server-process (compiled) in a child process (its CPU
 * apart from Chromium's driver and the Node participants), on SQLite in `dataDir`, serving
 * the built client from `clientDir`.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { coatelierServerScript } from './targets/server-child';

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

export function startBenchServer({ dataDir, clientDir }: { dataDir: string; clientDir: string }): Promise<BenchServer> {
  // The server as it ships when `npm run build:bench` compiled it, else its sources.
  const script = coatelierServerScript();
  const child = fork(fileURLToPath(script), {
    execArgv: script.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [],
    // Its log lines go to stderr with the progress: stdout carries the JSON alone.
    stdio: ['ignore', 2, 2, 'ipc'],
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      CLIENT_DIR: clientDir,
      // Each size gets its own board: the previous one need not stay in memory.
      BOARD_UNLOAD_DELAY_MS: '0',
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A benchmark that crashes must not leave its server running.
  const orphanGuard = () => child.kill();
  process.once('exit', orphanGuard);
  return new Promise((resolve, reject) => {
    child.once('message', (m: { url: string }) =>
      resolve({
        url: m.url,
        stop: () => {
          process.off('exit', orphanGuard);
          child.send({ type: 'stop' });
          return exited;
        },
      }),
    );
    child.once('exit', (code) => reject(new Error(`The server exited with ${code}`)));
  });
}
