/**
 * `npm run build` (after `vite build`): compiles the server into `dist/server/`, so that
 * production runs plain JavaScript: no TypeScript compiler in memory, no tsx at run time.
 * Entry points: the server, its worker threads (imports, SQLite appends: a worker does not
 * inherit the loaders of its parent, so each gets its own compiled file) and the backup command. Packages
 * stay in node_modules (native better-sqlite3 cannot be bundled; some load only when used).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_OUT_DIR = path.join(ROOT, 'dist/server');

/** `pg` of `pg`, `@socket.io/redis-streams-adapter` of its deep imports too; null for `node:fs`. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The image keeps only `dependencies` (npm prune --omit=dev): a package the server imports
 * that is missing there would break it in production only, so the build refuses it.
 */
function checkProductionPackages(metafile: Metafile): void {
  const { dependencies } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const imported = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => packageOf(i.path)));
  const missing = [...new Set(imported)].filter((name) => name !== null && !(name in dependencies));
  if (missing.length > 0) throw new Error(`The server imports packages that are not production dependencies: ${missing.join(', ')}`);
}

/** Worker threads' code is looked up beside the code that starts them: every build has it. */
const WORKER_ENTRIES = {
  'import-worker-entry': 'server/results/import-worker-entry.ts',
  'append-worker-entry': 'server/storage/append-worker-entry.ts',
};
const SERVER_ENTRIES = {
  main: 'server/main.ts',
  ...WORKER_ENTRIES,
  // `node dist/server/backup.js DIR` where the sources are not shipped (the Docker image).
  backup: 'server/backup/cli.ts',
};
/**
 * `npm run build:bench`: the benchmark's server process compiled into dist/bench, so that it
 * is measured as it ships (tsx alone adds about 70 MB of resident memory to a process).
 */
const BENCH_ENTRIES = { 'server-process': 'bench/server-process.ts', ...WORKER_ENTRIES };
const BENCH_OUT_DIR = path.join(ROOT, 'dist/bench');

/** Writes the entries (by default the server's), their chunks and source maps into `outdir`. */
export async function buildServer(outdir = SERVER_OUT_DIR, entryPoints: Record<string, string> = SERVER_ENTRIES): Promise<void> {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints,
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
    metafile: true,
  });
  checkProductionPackages(metafile);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await (process.argv.includes('--bench') ? buildServer(BENCH_OUT_DIR, BENCH_ENTRIES) : buildServer());
}
