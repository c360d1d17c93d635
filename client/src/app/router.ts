/** A small router on the History API: four pages do not need a routing library. */
import { useSyncExternalStore } from 'react';

export { paths } from './routes';

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

/** Goes to `path`; `replace` for a redirect, so that Back does not return to it. */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  listeners.forEach((l) => l());
  window.scrollTo(0, 0);
}

export function usePathname(): string {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => window.location.pathname,
  );
}

