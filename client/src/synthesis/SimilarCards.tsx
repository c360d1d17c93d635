/** On a synthesis board, for the organiser or facilitator: pairs of cards that seem to say the same thing. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cardsOf } from '@shared/board-model';
import { similarPairs } from '@shared/similar-cards';
import { tablesOf } from '@shared/synthesis';
import { useActionStatus } from '../components/use-action-status';
import { synthesisApi } from '../api/synthesis-api';
import type { BoardSession, BoardSnapshot } from '../board/store/board-session';
import { useStaff } from './use-staff';

/** Enough to recognise a card; the board itself shows the rest. */
const MAX_PAIRS = 10;

export function SimilarCards({ session, snapshot }: { session: BoardSession; snapshot: BoardSnapshot }) {
  const { t } = useTranslation();
  const board = snapshot.board;
  const staff = useStaff(board?.workshopId);
  const { status, failed, run } = useActionStatus();
  const pairs = useMemo(() => similarPairs(snapshot.cards).slice(0, MAX_PAIRS), [snapshot.cards]);
  if (!board || board.kind !== 'synthesis' || !staff) return null;
  const byId = new Map(snapshot.cards.map((c) => [c.id, c]));
  const label = (id: string) => {
    const tables = tablesOf(cardsOf(session.doc).get(id)).join(', ');
    return (
      <>
        <q>{byId.get(id)?.text.trim() || t('board.empty')}</q>
        {tables && <span className="similar-tables"> ({tables})</span>}
      </>
    );
  };
  const merge = (into: string, other: string) =>
    run(async () => {
      await synthesisApi.merge(board.id, into, [other], staff.token);
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
