/**
 * The address people reach Coatelier at, for the join links, QR codes and invitation links
 * shown to a room: the server's PUBLIC_URL when set (the organiser's browser may be on an
 * internal address, or behind a proxy), else this page's own origin.
 */
import { useEffect, useState } from 'react';

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

let known: string | null = null;
let asking: Promise<string> | null = null;

/** Asked once per page load; after a failed request this page's origin, and asked again next time. */
export function publicAddress(): Promise<string> {
  asking ??= fetch('/api/config')
    .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
    .then((answer: unknown) => (known = addressFrom(answer, window.location.origin)))
    .catch(() => {
      asking = null;
      return window.location.origin;
    });
  return asking;
}

/** The address for links drawn now: this page's origin until the server's answer is in. */
export function usePublicAddress(): string {
  const [address, setAddress] = useState(() => known ?? window.location.origin);
  useEffect(() => {
    let live = true;
    void publicAddress().then((a) => live && setAddress(a));
    return () => {
      live = false;
    };
  }, []);
  return address;
}
