import { lazy, type ComponentType } from 'react';

/**
 * A component whose code is fetched when it is first rendered, or earlier through `preload`
 * (when a link or a form says it is about to be shown, so that the download overlaps a request).
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    // A failed download (network cut, new deployment) is tried again next time, not remembered.
    loading ??= load().catch((err: unknown) => {
      loading = null;
      throw err;
    });
    return loading;
  };
  return { Component: lazy(() => preload().then((Component) => ({ default: Component }))), preload };
}
