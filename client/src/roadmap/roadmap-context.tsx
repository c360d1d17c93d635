/**
 * What roadmap cards need beyond their own board: the cards of the workshop's other boards
 * (the client holds one board document at a time, so the server lists them) and today's date.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { cardLink } from '@shared/roadmap';
import type { WorkshopCard } from '@shared/workshop-cards';
import { roadmapApi } from '../api/roadmap-api';
import { localDay } from './roadmap-table';

export interface RoadmapLinks {
  cards: WorkshopCard[];
  byLink: ReadonlyMap<string, WorkshopCard>;
  status: 'loading' | 'ready' | 'failed';
  /** Reads the list again: cards are written on the other boards all day long. */
  refresh: () => void;
  today: string;
}

const RoadmapContext = createContext<RoadmapLinks | null>(null);

export function useRoadmapLinks(): RoadmapLinks | null {
  return useContext(RoadmapContext);
}

export function RoadmapProvider({ workshopId, token, enabled, children }: { workshopId: string; token: string; enabled: boolean; children: ReactNode }) {
  const [cards, setCards] = useState<WorkshopCard[]>([]);
  const [status, setStatus] = useState<RoadmapLinks['status']>('loading');
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    roadmapApi.workshopCards(workshopId, token).then(
      (body) => {
        if (cancelled) return;
        setCards(body.cards);
        setStatus('ready');
      },
      // Offline: links keep showing what was read before.
      () => !cancelled && setStatus((s) => (s === 'ready' ? s : 'failed')),
    );
    return () => {
      cancelled = true;
    };
  }, [enabled, workshopId, token, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo<RoadmapLinks | null>(
    () =>
      enabled
        ? { cards, byLink: new Map(cards.map((c) => [cardLink(c.boardId, c.cardId), c])), status, refresh, today: localDay() }
        : null,
    [enabled, cards, status, refresh],
  );
  // The provider is always there, so that the board below is not remounted when the kind arrives.
  return <RoadmapContext.Provider value={value}>{children}</RoadmapContext.Provider>;
}
