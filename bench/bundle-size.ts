/**
 * `npm run bench:bundle` (after `vite build`): the gzip size of the JavaScript each page
 * downloads, read from the build manifest, against the budgets: the home page under 100 kB,
 * the whole app in one language under 250 kB (the heavier of French and English; the total of
 * every file is printed too); and the files that carry zod, which the browser never needs
 * (a client value import from a shared schema file pulls it in). Prints JSON; exits with 1
 * when a budget is exceeded or a file carries zod.
 * `node --import tsx bench/bundle-size.ts [build folder]`, `dist/client` by default.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleReport, manifestSchema } from './bundle-graph';

/** Kilobytes as Vite prints them (1 kB = 1,000 bytes). */
const BUDGETS = { homeBytes: 100_000, appBytes: 250_000 };

const dir = path.resolve(process.argv[2] ?? 'dist/client');
const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(dir, '.vite/manifest.json'), 'utf8')));
// Gzip at zlib's default level, as Vite's report and common proxies do.
const gzipBytesOf = (file: string) => gzipSync(readFileSync(path.join(dir, file))).length;
// French comes with the home page (its core messages are in the entry); each language's page messages are their own chunks.
const LANGUAGES = { fr: ['src/i18n/fr-pages.ts'], en: ['src/i18n/en.ts', 'src/i18n/en-pages.ts'] };
const report = bundleReport(manifest, gzipBytesOf, BUDGETS, LANGUAGES);
// zod names its error class in a string that minifying keeps.
const zodFiles = [...new Set(Object.values(manifest).map((c) => c.file))].filter(
  (file) => file.endsWith('.js') && readFileSync(path.join(dir, file), 'utf8').includes('ZodError'),
);
console.log(JSON.stringify({ dir, ...report, zodFiles }, null, 2));
if (!report.home.holds || !report.app.holds || zodFiles.length > 0) process.exitCode = 1;
