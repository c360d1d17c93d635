/**
 * On a synthesis board, for the organiser or facilitator: pairs of cards that seem to say the
 * same thing, each merged after choosing the wording kept; the focus then goes to the card.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { similarPairs } from '@shared/similar-cards';
import { useActionStatus } from '../components/use-action-status';
import { synthesisApi } from '../api/synthesis-api';
import { useBoard } from '../board/board-context';
import type { BoardSession } from '../board/store/board-session';
import { useAllCards } from '../board/store/use-store';
import { MergePair } from './MergePair';

/** Enough to recognise a card; the board itself shows the rest. */
const MAX_PAIRS = 10;

export function SimilarCards({ session, token, disabled }: { session: BoardSession; token: string; disabled: boolean }) {
  const { t } = useTranslation();
  const { actions } = useBoard();
  const { status, failed, busy, run } = useActionStatus();
  const [open, setOpen] = useState<string | null>(null);
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
  const merge = (into: string, other: string, text: string | undefined) =>
    run(async () => {
      await synthesisApi.merge(session.boardId, into, [other], token, text);
      setOpen(null);
      // The pair's buttons go with it: the focus goes to the card that stays.
      actions.focusCard(into);
      return t('synthesis.merged');
    });

  return (
    <section className="similar-cards" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('synthesis.similarTitle')}</h2>
      {pairs.length === 0 ? (
        <p className="hint">{t('synthesis.similarNone')}</p>
      ) : (
        <ul>
          {pairs.map(({ a, b }) => {
            const key = `${a}-${b}`;
            const [into, other] = [byId.get(a), byId.get(b)];
            return (
              <li key={key}>
                <span className="similar-pair">
                  {label(a)} <span aria-hidden="true">≈</span>
                  <span className="visually-hidden">{t('synthesis.and')}</span> {label(b)}
                </span>
                <button
                  type="button"
                  className="secondary"
                  aria-expanded={open === key}
                  disabled={disabled}
                  onClick={() => setOpen(open === key ? null : key)}
                  aria-label={t('synthesis.mergePair', { a: into?.text.slice(0, 40), b: other?.text.slice(0, 40) })}
                >
                  {t('synthesis.mergeOpen')}
                </button>
                {open === key && !disabled && into && other && (
                  <MergePair into={into} other={other} busy={busy} onMerge={(text) => void merge(a, b, text)} onCancel={() => setOpen(null)} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className={failed ? 'is-error' : undefined}>
        {status}
      </p>
    </section>
  );
}
