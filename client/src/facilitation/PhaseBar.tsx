import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';
import { useSlice } from '../board/store/use-store';
import { Countdown } from './Countdown';
import { currentStep } from './steps';

/**
 * What everyone sees of the facilitation: the step (named as in the facilitator's panel), the
 * timer, the lock, the votes left. Kept short, for the phone's sticky header. Changes are heard through the live region (useBoardNews).
 */
export function PhaseBar({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const { state: message, clockOffsetMs, archived } = useSlice(session.meta);
  const votes = useSlice(session.votes);
  const state = message?.state;
  if (!state) return null;
  return (
    <div className="phase-bar">
      <p className="phase">
        <span className="phase-label">{t('facilitation.phaseLabel')}</span> <strong>{t(`facilitation.stepNames.${currentStep(state)}`)}</strong>
      </p>
      <Countdown timer={state.timer} clockOffsetMs={clockOffsetMs} />
      {archived ? <p className="locked">{t('facilitation.archivedNotice')}</p> : state.locked && <p className="locked">{t('facilitation.lockedNotice')}</p>}
      {state.phase === 'voting' && votes && <p className="votes-left">{t('facilitation.votesLeft', { count: votes.remaining })}</p>}
    </div>
  );
}
