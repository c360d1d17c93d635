/**
 * `npm run build` (after `vite build`): compiles the server into `dist/server/`, so that
 * production runs plain JavaScript: no TypeScript compiler in memory, no tsx at run time.
 * Entry points: the server, the import worker's thread (a worker does not inherit the
 * loaders of its parent, so it gets its own compiled file) and the backup command. Packages
 * stay in node_modules (native better-sqlite3 cannot be bundled; some load only when used).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_OUT_DIR = path.join(ROOT, 'dist/server');

/** Writes `main.js`, `import-worker-entry.js`, `backup.js`, their chunks and source maps into `outdir`. */
export async function buildServer(outdir = SERVER_OUT_DIR): Promise<void> {
  await build({
    absWorkingDir: ROOT,
    entryPoints: {
      main: 'server/main.ts',
      'import-worker-entry': 'server/results/import-worker-entry.ts',
      // `node dist/server/backup.js DIR` where the sources are not shipped (the Docker image).
      backup: 'server/backup/cli.ts',
    },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Resolved through node_modules at run time; `@shared/*` is a tsconfig path, so bundled.
    packages: 'external',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    // Kept beside the code for debugging (`node --enable-source-maps` maps stack traces to
    // the TypeScript lines); not enabled by default, as Node then holds every map in memory.
    sourcemap: true,
    // Modules imported with import() (the export formats) become chunks of their own, so that
    // the packages they import load with them, at first use, not at start. Chunks sit beside
    // main.js: a `new URL('./x', import.meta.url)` means the same file wherever its code lands.
    splitting: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer();
}
