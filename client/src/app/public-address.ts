/**
 * The address people reach Coatelier at, for the join links, QR codes and invitation links
 * shown to a room: the server's PUBLIC_URL when set (the organiser's browser may be on an
 * internal address, or behind a proxy), else this page's own origin.
 */
import { serverConfig, useServerConfig } from './server-config';

/** The server's `GET /api/config` answer, trusted only as an http(s) origin. */
export function addressFrom(answer: unknown, origin: string): string {
  const url = (answer as { publicUrl?: unknown } | null)?.publicUrl;
  if (typeof url !== 'string') return origin;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : origin;
  } catch {
    return origin;
  }
}

/** The address, once the server's answer is in; this page's origin if it could not be had. */
export function publicAddress(): Promise<string> {
  return serverConfig().then((body) => addressFrom(body, window.location.origin));
}

/** The address for links drawn now: this page's origin until the server's answer is in. */
export function usePublicAddress(): string {
  return useServerConfig((body) => addressFrom(body, window.location.origin));
}
