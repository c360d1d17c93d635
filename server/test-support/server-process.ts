/** Runs `server/main.ts` in a child process, so that tests can SIGKILL it like a crash. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { testEnv } from './test-server';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** `args` run the sources by default; a compiled server is `[its main.js]`. */
export function spawnServer(dataDir: string, env: Record<string, string> = {}, args = ['--import', 'tsx', MAIN]): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    // Info level at least: the listening line tells the port.
    env: { ...process.env, ...testEnv(dataDir, env), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const port = (JSON.parse(line) as { port?: number }).port;
      if (port) resolve({ child, url: `http://127.0.0.1:${port}`, exited });
    });
    void exited.then((code) => reject(new Error(`server exited early with ${code}`)));
  });
}
