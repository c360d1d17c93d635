import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

// E2E_PORT and E2E_CLIENT_DIR let several runs share a machine (each with its own build).
const PORT = Number(process.env.E2E_PORT ?? 4317);
/**
 * The server as it ships: dist/server/main.js, built by `npm run e2e` (`npm run build`).
 * E2E_SERVER_ENTRY names another compiled main.js (a run's own `buildServer(outdir)`), or
 * `tsx` to run the sources: for a run that built only the client (`npx vite build --outDir`).
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_ENTRY = process.env.E2E_SERVER_ENTRY ?? 'dist/server/main.js';

/** The last change to the server's code under these folders (ms; tests are not compiled). */
function newestChange(dirs: string[]): number {
  return Math.max(
    ...dirs.flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts') && !entry.parentPath.includes('test-support'))
        .map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
    ),
  );
}

// Checked once as the run starts, not again in each worker (which loads this file too):
// a build older than the sources would test other code.
if (SERVER_ENTRY !== 'tsx' && process.env.TEST_WORKER_INDEX === undefined) {
  const entry = path.resolve(ROOT, SERVER_ENTRY);
  const fix = 'run npm run build, or set E2E_SERVER_ENTRY=tsx to test the sources';
  if (!existsSync(entry)) throw new Error(`${SERVER_ENTRY} is missing: ${fix}`);
  if (statSync(entry).mtimeMs < newestChange(['server', 'shared'].map((dir) => path.join(ROOT, dir)))) {
    throw new Error(`${SERVER_ENTRY} is older than the server's sources: ${fix}`);
  }
}
const SERVER_COMMAND = SERVER_ENTRY === 'tsx' ? 'node --import tsx server/main.ts' : `node ${JSON.stringify(path.resolve(ROOT, SERVER_ENTRY))}`;
// A fresh data folder per run: tests never see another run's workshops.
const dataDir = mkdtempSync(path.join(tmpdir(), 'coatelier-e2e-'));

export default defineConfig({
  testDir: '.',
  // A parallel run takes its own with --output: a run empties this folder as it starts.
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Journeys take 5 to 30 s on a quiet 2-core machine; a CI run on a busy one went three
  // times slower, and 60 s cut three of them short at their last step.
  timeout: 120_000,
  // Two browsers on a shared 2-core machine: what another context sees may take seconds, never a 1 s budget.
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: SERVER_COMMAND,
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...(process.env.E2E_CLIENT_DIR ? { CLIENT_DIR: process.env.E2E_CLIENT_DIR } : {}),
    },
  },
});
