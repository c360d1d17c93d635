/**
 * What the browser downloads per page, read from Vite's build manifest: a chunk needs itself
 * and its static imports (transitively) before it runs; dynamic imports come later, on demand.
 * Pure: the sizes are passed in, so the walk is tested on a small manifest.
 */
import { z } from 'zod';

const manifestChunk = z.object({
  file: z.string(),
  src: z.string().optional(),
  isEntry: z.boolean().optional(),
  isDynamicEntry: z.boolean().optional(),
  imports: z.array(z.string()).optional(),
  dynamicImports: z.array(z.string()).optional(),
  css: z.array(z.string()).optional(),
});
export const manifestSchema = z.record(z.string(), manifestChunk);
export type Manifest = z.infer<typeof manifestSchema>;

export interface Budgets {
  /** The home page: every JS file the browser fetches to show `/`. */
  homeBytes: number;
  /** The whole app in one language: every JS file the build emits but the other languages' messages. */
  appBytes: number;
}

/**
 * The manifest keys of each language's message chunks: a person reads the app in one
 * language and never downloads the others' sentences (an absent key is ignored).
 */
export type LanguageChunks = Record<string, string[]>;

export interface EntryFigure {
  /** The manifest key: the source the chunk starts from (`index.html` for the app's entry). */
  entry: string;
  /** How many JS files it needs, itself included. */
  files: number;
  /** Gzip bytes of those files. */
  gzipBytes: number;
  /** Gzip bytes it adds to what the home page already downloaded. */
  addedGzipBytes: number;
}

export interface BundleReport {
  entries: EntryFigure[];
  home: { gzipBytes: number; cssGzipBytes: number; budgetBytes: number; holds: boolean };
  app: { gzipBytes: number; files: number; language: string | null; allFilesGzipBytes: number; budgetBytes: number; holds: boolean };
}

/** The chunks `key` needs before it runs: itself and its static imports, transitively. */
function staticChunks(manifest: Manifest, key: string): Manifest[string][] {
  const chunks = new Map<string, Manifest[string]>();
  const visit = (k: string) => {
    if (chunks.has(k)) return;
    const chunk = manifest[k];
    if (!chunk) throw new Error(`The manifest names ${k} but has no entry for it`);
    chunks.set(k, chunk);
    chunk.imports?.forEach(visit);
  };
  visit(key);
  return [...chunks.values()];
}

/** The JS files `key` needs before it runs. */
export function staticFiles(manifest: Manifest, key: string): Set<string> {
  return new Set(staticChunks(manifest, key).map((c) => c.file).filter(isJs));
}

const isJs = (file: string) => file.endsWith('.js');

function entryKey(manifest: Manifest): string {
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry in the manifest, found ${entries.length}`);
  return entries[0]!;
}

export function bundleReport(manifest: Manifest, gzipBytesOf: (file: string) => number, budgets: Budgets, languages: LanguageChunks = {}): BundleReport {
  const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + gzipBytesOf(f), 0);
  const home = entryKey(manifest);
  const homeFiles = staticFiles(manifest, home);
  const entries = Object.keys(manifest)
    .filter((k) => manifest[k]!.isEntry || manifest[k]!.isDynamicEntry)
    .map((entry) => {
      const files = staticFiles(manifest, entry);
      return { entry, files: files.size, gzipBytes: sum(files), addedGzipBytes: sum([...files].filter((f) => !homeFiles.has(f))) };
    })
    .sort((a, b) => b.addedGzipBytes - a.addedGzipBytes);
  const homeCss = new Set(staticChunks(manifest, home).flatMap((c) => c.css ?? []));
  const allJs = new Set(Object.values(manifest).map((c) => c.file).filter(isJs));
  const homeBytes = sum(homeFiles);
  const fileOf = (key: string) => manifest[key]?.file;
  // The heaviest language decides: the app is read in one of them, never in all at once.
  const perLanguage = Object.keys(languages).map((language) => {
    const others = new Set(Object.entries(languages).flatMap(([l, keys]) => (l === language ? [] : keys.map(fileOf))));
    const files = [...allJs].filter((f) => !others.has(f));
    return { language, files: files.length, bytes: sum(files) };
  });
  const heaviest = perLanguage.sort((a, b) => b.bytes - a.bytes)[0] ?? { language: null, files: allJs.size, bytes: sum(allJs) };
  const appBytes = heaviest.bytes;
  return {
    entries,
    home: { gzipBytes: homeBytes, cssGzipBytes: sum(homeCss), budgetBytes: budgets.homeBytes, holds: homeBytes <= budgets.homeBytes },
    app: {
      gzipBytes: appBytes,
      files: heaviest.files,
      language: heaviest.language,
      allFilesGzipBytes: sum(allJs),
      budgetBytes: budgets.appBytes,
      holds: appBytes <= budgets.appBytes,
    },
  };
}
