import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';
import { useSlice } from '../board/store/use-store';
import { Countdown } from './Countdown';

/** What everyone sees of the facilitation: phase, timer, lock, votes left. Changes are heard through the live region (useBoardNews). */
interface Props {
  session: BoardSession;
  following: boolean;
  onFollow: (following: boolean) => void;
}

export function PhaseBar({ session, following, onFollow }: Props) {
  const { t } = useTranslation();
  const { state: message, clockOffsetMs, archived } = useSlice(session.meta);
  const votes = useSlice(session.votes);
  const state = message?.state;
  if (!state) return null;
  return (
    <div className="phase-bar">
      <p className="phase">
        {t('facilitation.phaseLabel')} <strong>{t(`facilitation.phases.${state.phase}`)}</strong>
      </p>
      <Countdown timer={state.timer} clockOffsetMs={clockOffsetMs} />
      {archived ? <p className="locked">{t('facilitation.archivedNotice')}</p> : state.locked && <p className="locked">{t('facilitation.lockedNotice')}</p>}
      {state.phase === 'voting' && votes && <p className="votes-left">{t('facilitation.votesLeft', { count: votes.remaining })}</p>}
      <label className="follow">
        <input type="checkbox" checked={following} onChange={(e) => onFollow(e.target.checked)} />
        <span>{t('facilitation.follow')}</span>
      </label>
    </div>
  );
}
