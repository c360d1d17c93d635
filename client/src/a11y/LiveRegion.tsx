/**
 * The page's one polite live region and the hook that speaks into it. The region is in the
 * shell from the first render: screen readers only read changes to a region they already know.
 * Its text is written by the announcer, not by React, so announcing re-renders nothing.
 */
import { t as translate } from '../i18n/translate';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { Announcer, type Announcement, type CardWords } from './announcer';

const cardWords = (): CardWords => ({
  one: (column, author) => (author ? translate('announce.cardBy', { column, author }) : translate('announce.card', { column })),
  many: (column, count) => translate('announce.cards', { column, count }),
});

type Announce = (item: Announcement | string) => void;
const AnnounceContext = createContext<Announce>(() => undefined);

export function LiveRegion({ children }: { children: ReactNode }) {
  const [announcer] = useState(() => new Announcer(cardWords));
  useEffect(() => () => announcer.destroy(), [announcer]);
  return (
    <AnnounceContext.Provider value={announcer.announce}>
      {children}
      <div ref={(region) => announcer.attach(region)} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region" />
    </AnnounceContext.Provider>
  );
}

/** Says something to screen reader users without moving their focus. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
