/**
 * The card's one-line summary: votes (and voting, one click), the reactions given (each a
 * toggle, one click), and the discussion (one click opens it). Inside the card these are
 * not tab stops: the keyboard reaches them through the card's shortcuts and menu.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { REACTIONS } from '@shared/card-comments';
import { refusalText } from '../../i18n/refusal-text';
import type { CardRecord } from '../store/card-record';
import type { BoardSession } from '../store/board-session';
import type { CardVotes } from './card-votes';
import { ReactionIcon, REACTION_KEYS } from './ReactionIcon';

interface Props {
  card: CardRecord;
  session: BoardSession;
  preview: string;
  votes: CardVotes | null;
  voting: boolean;
  canDiscuss: boolean;
  onDiscuss: (() => void) | null;
}

export function CardSummary({ card, session, preview, votes, voting, canDiscuss, onDiscuss }: Props) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<string | null>(null);
  // Offline or refused (budget, lock): said plainly, never lost silently.
  const vote = async (action: 'cast' | 'withdraw') => {
    const ack = await session.vote(card.id, action);
    setRefusal(ack.ok ? null : refusalText(t, ack.error));
  };
  const comments = card.comments.length;
  return (
    <div className="card-summary">
      {votes && votes.total !== null && (voting || votes.total > 0) && (
        <span className="vote-total">{t('facilitation.votes', { count: votes.total })}</span>
      )}
      {votes && voting && (
        <>
          <button type="button" tabIndex={-1} className="chip chip--vote" aria-label={`${t('facilitation.vote')} : ${preview}`} disabled={!votes.canCast} onClick={() => void vote('cast')}>
            ● {t('facilitation.vote')}
          </button>
          {votes.mine > 0 && (
            <button type="button" tabIndex={-1} className="chip" aria-label={`${t('facilitation.unvote')} : ${preview}`} onClick={() => void vote('withdraw')}>
              {t('facilitation.mine', { count: votes.mine })} ✕
            </button>
          )}
        </>
      )}
      {REACTIONS.map((reaction, i) => {
        const count = card.reactions.counts.get(reaction) ?? 0;
        if (count === 0) return null;
        const name = t(`discussion.reactions.${REACTION_KEYS[i]!}`);
        return (
          <button
            key={reaction}
            type="button"
            tabIndex={-1}
            className="chip reaction"
            aria-pressed={card.reactions.mine.has(reaction)}
            aria-label={`${name} (${count})`}
            title={name}
            disabled={!canDiscuss}
            onClick={() => session.react(card.id, reaction)}
          >
            <ReactionIcon reaction={reaction} />
            <span aria-hidden="true">{count}</span>
          </button>
        );
      })}
      {onDiscuss && (comments > 0 || canDiscuss) && (
        <button
          type="button"
          tabIndex={-1}
          className={comments > 0 ? 'chip chip--comments' : 'chip chip--comments chip--quiet'}
          aria-label={t('discussion.comments', { count: comments })}
          title={t('discussion.comments', { count: comments })}
          onClick={onDiscuss}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.4">
            <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" />
          </svg>
          {comments > 0 && <span aria-hidden="true">{comments}</span>}
        </button>
      )}
      {refusal && (
        <span className="form-error" role="alert">
          {t('status.refused', { reason: refusal })}
        </span>
      )}
    </div>
  );
}
