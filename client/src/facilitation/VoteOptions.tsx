import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { VOTE_POINTS_MAX } from '@shared/facilitation-state';
import { boundedNumber } from './number-field';
import type { StepActionProps } from './step-props';
import { votingCommands } from './steps';

/**
 * The vote's settings beside its launch: chosen here, sent with "Lancer le vote". Revealing the
 * totals is the results step's action, so no box here can contradict "hidden until the results".
 */
export function VoteOptions({ state, run, actionClass }: StepActionProps) {
  const { t } = useTranslation();
  const [points, setPoints] = useState(() => String(state.votes.perParticipant));
  const [allowStacking, setStacking] = useState(state.votes.allowStacking);
  const [hideTotals, setHideTotals] = useState(state.votes.hideTotals);
  const perParticipant = Math.round(boundedNumber(points, 1, VOTE_POINTS_MAX, state.votes.perParticipant));
  return (
    <>
      <div className="step-options">
        <label className="step-field">
          <span>{t('facilitation.votesPerParticipant')}</span>
          <input type="number" min={1} max={VOTE_POINTS_MAX} value={points} onChange={(e) => setPoints(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={allowStacking} onChange={(e) => setStacking(e.target.checked)} />
          <span>{t('facilitation.allowStacking')}</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={hideTotals} onChange={(e) => setHideTotals(e.target.checked)} />
          <span>{t('facilitation.hideTotals')}</span>
        </label>
      </div>
      <button
        type="button"
        className={actionClass}
        onClick={() => void run(votingCommands(state, { perParticipant, allowStacking, hideTotals }))}
      >
        {t('facilitation.launchVote', { count: perParticipant })}
      </button>
    </>
  );
}
