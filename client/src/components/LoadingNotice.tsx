import { useEffect, useState } from 'react';

/** Code on a good connection arrives sooner than this: no message flashes by. */
const NOTICE_DELAY_MS = 300;

/**
 * "Loading…" for code that is downloading. The live region is there from the start and filled
 * later, so that screen readers announce the text when it comes, and only when it is slow.
 */
export function LoadingNotice({ text, className }: { text: string; className?: string }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), NOTICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p role="status" className={className}>
      {slow ? text : ''}
    </p>
  );
}
