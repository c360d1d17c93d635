/** On a synthesis board, for the organiser or facilitator: pairs of cards that seem to say the same thing. */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { similarPairs } from '@shared/similar-cards';
import { useActionStatus } from '../components/use-action-status';
import { synthesisApi } from '../api/synthesis-api';
import type { BoardSession } from '../board/store/board-session';
import { useAllCards } from '../board/store/use-store';

/** Enough to recognise a card; the board itself shows the rest. */
const MAX_PAIRS = 10;

export function SimilarCards({ session, token }: { session: BoardSession; token: string }) {
  const { t } = useTranslation();
  const { status, failed, run } = useActionStatus();
  // Compared pairwise: behind typing, never in its way.
  const cards = useDeferredValue(useAllCards(session.store));
  const pairs = useMemo(() => similarPairs(cards).slice(0, MAX_PAIRS), [cards]);
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const label = (id: string) => {
    const card = byId.get(id);
    const tables = card?.tables.join(', ');
    return (
      <>
        <q>{card?.text.trim() || t('board.blank')}</q>
        {tables && <span className="similar-tables"> ({tables})</span>}
      </>
    );
  };
  const merge = (into: string, other: string) =>
    run(async () => {
      await synthesisApi.merge(session.boardId, into, [other], token);
      return t('synthesis.merged');
    });

  return (
    <section className="similar-cards" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('synthesis.similarTitle')}</h2>
      {pairs.length === 0 ? (
        <p className="hint">{t('synthesis.similarNone')}</p>
      ) : (
        <ul>
          {pairs.map(({ a, b }) => (
            <li key={`${a}-${b}`}>
              <span className="similar-pair">
                {label(a)} <span aria-hidden="true">≈</span>
                <span className="visually-hidden">{t('synthesis.and')}</span> {label(b)}
              </span>
              <button type="button" className="secondary" onClick={() => void merge(a, b)} aria-label={t('synthesis.mergePair', { a: byId.get(a)?.text.slice(0, 40), b: byId.get(b)?.text.slice(0, 40) })}>
                {t('synthesis.merge')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className={failed ? 'is-error' : undefined}>
        {status}
      </p>
    </section>
  );
}
