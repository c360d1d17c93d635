import { useEffect, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * An element's size as `read` sees it, kept current by a ResizeObserver (a projector's window
 * is resized, rotated, put full screen); null until laid out. `read` must be a stable function.
 */
export function useMeasured<T extends HTMLElement>(read: (element: T) => Size): [(element: T | null) => void, Size | null] {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const next = read(element);
      setSize((previous) => (previous && previous.width === next.width && previous.height === next.height ? previous : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, read]);
  return [setElement, size];
}

/** An element's inner size in whole pixels. */
export const innerSize = (element: HTMLElement): Size => ({ width: element.clientWidth, height: element.clientHeight });
