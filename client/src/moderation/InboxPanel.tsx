/**
 * "Boîte de réception (N)": while the board is controlled, the cards participants sent wait
 * here for a facilitator, each with Accepter and Refuser (one press each) and "Tout accepter".
 * Read every few seconds; new arrivals are told to screen readers through the live region.
 * After an answer the focus goes to the next card's first button, else to the panel's heading
 * line, never to the page.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { InboxCard } from '@shared/moderation';
import { useAnnounce } from '../a11y/LiveRegion';
import { failureText } from '../api/failure-text';
import { useContentLang } from '../i18n/content-lang';
import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';
import { useSlice } from '../board/store/use-store';
import { moderationOf } from './board-moderation';
import { moderationApi } from './moderation-api';
import { useInbox } from './use-moderation';
import './moderation.css';

const PREVIEW_CHARS = 40;

export function InboxPanel({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const announce = useAnnounce();
  const columns = useSlice(session.meta).board?.columns ?? [];
  const cards = useInbox(session, true);
  const pending = useMemo(() => (cards ?? []).filter((c) => c.status === 'pending'), [cards]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const arrived = useArrivals(pending);
  useEffect(() => {
    if (arrived.count > 0) announce(t('moderation.announceArrivals', { count: arrived.count }));
  }, [arrived, announce, t]);

  const columnTitle = (id: string) => columns.find((c) => c.id === id)?.title ?? '';
  /** Runs an answer, then reads the inbox again and moves the focus on from `index`. */
  const answer = (work: () => Promise<unknown>, said: string, index: number) => {
    setBusy(true);
    work()
      .then(async () => {
        setError('');
        announce(said);
        await moderationOf(session).inbox.refresh();
        const next = list.current?.querySelectorAll<HTMLButtonElement>('.inbox-accept')[index] ?? list.current?.querySelector<HTMLButtonElement>('.inbox-accept');
        (next ?? head.current)?.focus();
      })
      .catch((err: unknown) => setError(failureText(t, err)))
      .finally(() => setBusy(false));
  };
  const { boardId, token } = session;
  const preview = (card: InboxCard) => card.text.slice(0, PREVIEW_CHARS);

  return (
    <details className="inbox-panel" open data-waiting={pending.length > 0}>
      <summary>{t('moderation.inbox', { count: pending.length })}</summary>
      {/* A landmark of its own within the facilitation's region, so that the inbox is found directly. */}
      <section aria-label={t('moderation.inboxName')}>
        <div className="inbox-head" ref={head} tabIndex={-1}>
          <p className="step-hint">{t('moderation.controlledHint')}</p>
          {pending.length > 1 && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => answer(() => moderationApi.acceptAll(boardId, token), t('moderation.announceAccepted', { count: pending.length }), 0)}
            >
              {t('moderation.acceptAll')}
            </button>
          )}
        </div>
        {cards !== null && pending.length === 0 && <p className="inbox-empty">{t('moderation.inboxEmpty')}</p>}
        {pending.length > 0 && (
          <ul className="inbox-list" ref={list} aria-label={t('moderation.inbox', { count: pending.length })}>
            {pending.map((card, index) => (
              <li key={card.id} className={`inbox-item card--${card.color}`}>
                <p className="inbox-text" lang={lang}>
                  {card.text}
                </p>
                <p className="inbox-from">
                  {card.authorName
                    ? t('moderation.from', { name: card.authorName, column: columnTitle(card.column) })
                    : t('moderation.fromUnnamed', { column: columnTitle(card.column) })}
                </p>
                <div className="inbox-actions">
                  <button
                    type="button"
                    className="primary inbox-accept"
                    disabled={busy}
                    aria-label={t('moderation.acceptCard', { text: preview(card) })}
                    onClick={() => answer(() => moderationApi.accept(boardId, card.id, token), t('moderation.announceAccepted', { count: 1 }), index)}
                  >
                    {t('moderation.accept')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    aria-label={t('moderation.refuseCard', { text: preview(card) })}
                    onClick={() => answer(() => moderationApi.refuse(boardId, card.id, token), t('moderation.announceRefused'), index)}
                  >
                    {t('moderation.refuse')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        <p className="form-error" role="alert">
          {error}
        </p>
      </section>
    </details>
  );
}

/** How many cards arrived at the last reading (none at the first one): a new object at each reading. */
function useArrivals(pending: readonly InboxCard[]): { count: number } {
  const [seen, setSeen] = useState<{ ids: ReadonlySet<string> | null; arrived: { count: number } }>({ ids: null, arrived: { count: 0 } });
  const ids = useMemo(() => new Set(pending.map((c) => c.id)), [pending]);
  if (seen.ids !== ids) {
    // Derived while rendering (React's "storing information from previous renders").
    let count = 0;
    if (seen.ids) for (const id of ids) if (!seen.ids.has(id)) count++;
    setSeen({ ids, arrived: { count } });
  }
  return seen.arrived;
}
