import { useTranslation } from 'react-i18next';
import type { BoardSnapshot } from '../board/store/board-session';
import { Countdown } from './Countdown';

/** What everyone sees of the facilitation: phase, timer, lock, votes left. */
interface Props {
  snapshot: BoardSnapshot;
  following: boolean;
  onFollow: (following: boolean) => void;
}

export function PhaseBar({ snapshot, following, onFollow }: Props) {
  const { t } = useTranslation();
  const state = snapshot.state?.state;
  if (!state) return null;
  return (
    <div className="phase-bar">
      <p className="phase" role="status">
        {t('facilitation.phaseLabel')} <strong>{t(`facilitation.phases.${state.phase}`)}</strong>
      </p>
      <Countdown timer={state.timer} clockOffsetMs={snapshot.clockOffsetMs} />
      {state.locked && <p className="locked">{t('facilitation.lockedNotice')}</p>}
      {state.phase === 'voting' && snapshot.votes && (
        <p className="votes-left">{t('facilitation.votesLeft', { count: snapshot.votes.remaining })}</p>
      )}
      <label className="follow">
        <input type="checkbox" checked={following} onChange={(e) => onFollow(e.target.checked)} />
        <span>{t('facilitation.follow')}</span>
      </label>
    </div>
  );
}
