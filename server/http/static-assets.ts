/**
 * The built client's text files (scripts, styles, pages), read once at startup and held in
 * memory with their compressed copies: gzip at once (a tenth of a second for the whole
 * client), brotli at its best quality as `npm run build` wrote it, or else made in the
 * background (seconds of work, one file at a time off the event loop), each file offering
 * it as soon as it is made. No proxy in front
 * is assumed to compress. A server serves the build it started with: restart it after a build.
 *
 * Caching: Vite names every file under /assets/ by its content's hash, so they never change
 * and are kept a year; the others (index.html) are revalidated at every load by ETag, so
 * that a new version shows at once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';

const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.webmanifest']);
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** How a file under the client's folder is cached, by its URL path (`/assets/app-3f2a.js`). */
export const cacheControlFor = (urlPath: string) => (urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);

type Encoding = 'br' | 'gzip';

interface Asset {
  extension: string;
  cacheControl: string;
  /** Of the uncompressed content; each encoding gets its own, as RFC 9110 asks. */
  etag: string;
  identity: Buffer;
  /** Only the encodings smaller than the file itself. */
  encoded: Partial<Record<Encoding, Buffer>>;
}

/**
 * The encoding to send for an `Accept-Encoding` header: the highest weight the client gives
 * among those offered (in order of preference, which breaks ties), or identity when none
 * has a weight above 0.
 */
export function pickEncoding(header: string | undefined, offered: readonly Encoding[]): Encoding | 'identity' {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let best: Encoding | 'identity' = 'identity';
  let bestWeight = 0;
  for (const encoding of offered) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}

/** URL path (`/assets/app.js`) → file path, for the text files under `root`; dot entries (`.vite/`) skipped. */
export function textFiles(root: string, urlDir = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(root, urlDir), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const urlPath = `${urlDir}/${entry.name}`;
    if (entry.isDirectory()) textFiles(root, urlPath).forEach((file, url) => files.set(url, file));
    else if (entry.isFile() && TEXT_EXTENSIONS.has(path.extname(entry.name))) files.set(urlPath, path.join(root, urlPath));
  }
  return files;
}

const brotli = promisify(brotliCompress);

/** Brotli at its best quality: what the server makes in the background and the build ahead. */
export const brotliBest = (content: Buffer) =>
  brotli(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length } });

/**
 * The brotli copy `npm run build` wrote beside the file (scripts/compress-client.ts), used
 * only if it is this very file's. Made once at build, not at every start: those seconds of
 * compression also left the server about 15 MB larger (memory the allocator keeps).
 */
function prebuiltBrotli(file: string, identity: Buffer): Buffer | undefined {
  try {
    const br = readFileSync(`${file}.br`);
    return brotliDecompressSync(br).equals(identity) ? br : undefined;
  } catch {
    return undefined;
  }
}

const offerBrotli = (asset: Asset, br: Buffer) => {
  if (br.length < (asset.encoded.gzip ?? asset.identity).length) asset.encoded.br = br;
};

export interface StaticAssets {
  /** Sends the text file at this URL path; false when there is none (the caller moves on). */
  send(req: Request, res: Response, urlPath: string): boolean;
  /** Serves GET and HEAD requests for the text files, and passes every other request on. */
  handler: RequestHandler;
  /** Settles once every file has its brotli copy (or kept gzip when brotli failed). */
  brotliReady: Promise<void>;
}

export function loadStaticAssets(root: string): StaticAssets {
  const assets = new Map<string, Asset>();
  const withoutBrotli: Asset[] = [];
  for (const [urlPath, file] of textFiles(root)) {
    const identity = readFileSync(file);
    const gzip = gzipSync(identity, { level: 9 });
    const asset: Asset = {
      extension: path.extname(urlPath),
      cacheControl: cacheControlFor(urlPath),
      etag: createHash('sha256').update(identity).digest('base64url').slice(0, 27),
      identity,
      encoded: gzip.length < identity.length ? { gzip } : {},
    };
    assets.set(urlPath, asset);
    const br = prebuiltBrotli(file, identity);
    if (br) offerBrotli(asset, br);
    else withoutBrotli.push(asset);
  }
  const brotliReady = withoutBrotli.reduce(
    (previous, asset) =>
      previous.then(() => brotliBest(asset.identity)).then(
        (br) => offerBrotli(asset, br),
        // gzip stays.
        () => undefined,
      ),
    Promise.resolve(),
  );

  const send = (req: Request, res: Response, urlPath: string): boolean => {
    const asset = assets.get(urlPath);
    if (!asset) return false;
    const offered = (['br', 'gzip'] as const).filter((e) => asset.encoded[e]);
    const encoding = pickEncoding(req.get('accept-encoding'), offered);
    const body = encoding === 'identity' ? asset.identity : asset.encoded[encoding]!;
    res.type(asset.extension).vary('Accept-Encoding').set({
      'Cache-Control': asset.cacheControl,
      ETag: `"${asset.etag}${encoding === 'identity' ? '' : `-${encoding}`}"`,
      'Content-Length': String(body.length),
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    });
    // Node leaves the body out of HEAD answers.
    if (req.fresh) res.status(304).end();
    else res.end(body);
    return true;
  };

  return {
    send,
    handler: (req, res, next) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !send(req, res, req.path)) next();
    },
    brotliReady,
  };
}
