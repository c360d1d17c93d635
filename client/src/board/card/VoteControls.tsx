import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalText } from '../../i18n/refusal-text';
import type { Card } from '@shared/board-model';
import type { BoardSession, BoardSnapshot } from '../store/board-session';

/** Dot voting on one card: the server checks the phase, the lock and the budget. */
export function VoteControls({ card, session, snapshot }: { card: Card; session: BoardSession; snapshot: BoardSnapshot }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<string | null>(null);
  const votes = snapshot.votes;
  const voting = snapshot.state?.state.phase === 'voting';
  const mine = votes?.mine[card.id] ?? 0;
  const total = votes?.totals?.[card.id] ?? 0;
  // Outside the vote, only cards that received votes show them.
  if (!votes || (!voting && total === 0)) return null;
  const preview = card.text.trim().slice(0, 40);
  // Offline or refused (budget, lock): said plainly, never lost silently.
  const send = async (action: 'cast' | 'withdraw') => {
    const ack = await session.vote(card.id, action);
    setRefusal(ack.ok ? null : refusalText(t, ack.error));
  };
  return (
    <div className="vote">
      {votes.totals && <span className="vote-total">{t('facilitation.votes', { count: total })}</span>}
      {voting && !snapshot.readOnly && (
        <>
          <button
            type="button"
            aria-label={`${t('facilitation.vote')} : ${preview}`}
            disabled={votes.remaining === 0}
            onClick={() => void send('cast')}
          >
            ● {t('facilitation.vote')}
          </button>
          {mine > 0 && (
            <button type="button" aria-label={`${t('facilitation.unvote')} : ${preview}`} onClick={() => void send('withdraw')}>
              {t('facilitation.mine', { count: mine })} ✕
            </button>
          )}
        </>
      )}
      {refusal && (
        <span className="form-error" role="alert">
          {t('status.refused', { reason: refusal })}
        </span>
      )}
    </div>
  );
}
