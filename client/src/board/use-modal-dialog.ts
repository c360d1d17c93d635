/**
 * A native <dialog> shown as modal while its component is mounted: it keeps the focus inside
 * and closes on Escape; closed, it gives the focus back to what opened it, or else to
 * `fallback()` (the opener may have left the page meanwhile).
 */
import { useEffect, type RefObject } from 'react';

export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, fallback?: () => HTMLElement | null): void {
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      (opener?.isConnected ? opener : fallback?.())?.focus();
    };
    // Once per opening: what opened it is read when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
