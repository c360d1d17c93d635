/**
 * The server's settings a page needs (`GET /api/config`): asked once per page load, and asked
 * again next time after a failed request. The answer is read by the functions that need a
 * part of it, each trusting nothing of its shape.
 */
import { useEffect, useState } from 'react';

let answer: unknown = null;
let asking: Promise<unknown> | null = null;

export function serverConfig(): Promise<unknown> {
  asking ??= fetch('/api/config')
    .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
    .then((body: unknown) => (answer = body))
    .catch(() => {
      asking = null;
      return null;
    });
  return asking;
}

/** A value read from the answer: from what is known now, then again once the answer is in. */
export function useServerConfig<T>(read: (answer: unknown) => T): T {
  const [value, setValue] = useState(() => read(answer));
  useEffect(() => {
    let live = true;
    void serverConfig().then((body) => live && setValue(read(body)));
    return () => {
      live = false;
    };
    // `read` is a pure reading of the answer: the first one is the one that counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return value;
}

/** Hours before a sample workshop is deleted (0: kept); null when the server did not say. */
export function demoLifetimeFrom(body: unknown): number | null {
  const hours = (body as { demoLifetimeHours?: unknown } | null)?.demoLifetimeHours;
  return typeof hours === 'number' && Number.isFinite(hours) && hours >= 0 ? hours : null;
}
