/**
 * `npm run build` (after `vite build`): writes a brotli copy (`app-3f2a.js.br`) beside each
 * text file of the built client, at the quality the server would use. The server then serves
 * them from its first second, instead of spending seconds of CPU and about 15 MB of memory
 * that it keeps, at every start, making them (see server/http/static-assets.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliBest, textFiles } from '../server/http/static-assets';

const CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));

/** Writes `<file>.br` for every text file under `dir`. */
export async function compressClient(dir = CLIENT_DIR): Promise<void> {
  const files = [...textFiles(path.resolve(dir)).values()];
  // Together: zlib spreads them over libuv's threads.
  await Promise.all(files.map(async (file) => writeFileSync(`${file}.br`, await brotliBest(readFileSync(file)))));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await compressClient(process.argv[2]);
}
