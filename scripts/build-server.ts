/**
 * `npm run build` (after `vite build`): compiles the server into `dist/server/`, so that
 * production runs plain JavaScript: no TypeScript compiler in memory, no tsx at run time.
 * Entry points: the server, the import worker's thread (a worker does not inherit the
 * loaders of its parent, so it gets its own compiled file) and the backup command. Packages
 * stay in node_modules (native better-sqlite3 cannot be bundled; some load only when used).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_OUT_DIR = path.join(ROOT, 'dist/server');

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

/** Writes `main.js`, `import-worker-entry.js`, `backup.js`, their chunks and source maps into `outdir`. */
export async function buildServer(outdir = SERVER_OUT_DIR): Promise<void> {
  const { metafile } = await build({
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
    metafile: true,
  });
  checkProductionPackages(metafile);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer();
}
