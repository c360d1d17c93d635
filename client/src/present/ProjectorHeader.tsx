/** The projector's top line: the board, the step in words, the countdown, the counts, and how to join. */
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { FacilitationState } from '@shared/facilitation';
import type { BoardSession } from '../board/store/board-session';
import { useCardsValue, usePeople, useSlice } from '../board/store/use-store';
import { Countdown } from '../facilitation/Countdown';
import type { StepLabel } from './step-label';
import type { JoinInfo } from './use-join-info';

interface Props {
  session: BoardSession;
  step: StepLabel | null;
  join: JoinInfo | null;
  /** The screen's buttons. */
  children: ReactNode;
}

/** A timer nobody started is not shown: "5:00" standing still would read as a countdown. */
const timerInUse = (state: FacilitationState) => state.timer.endsAt !== null || state.timer.remainingMs !== state.timer.durationMs;

export function ProjectorHeader({ session, step, join, children }: Props) {
  const { t } = useTranslation();
  const { board, state: message, clockOffsetMs, archived } = useSlice(session.meta);
  const cards = useCardsValue(session.store, countCards);
  const people = usePeople(session.presence).filter((p) => !p.self).length;
  const state = message?.state;
  return (
    <div className="projector-header">
      <div className="projector-heading">
        <h1>{board?.title}</h1>
        {step && (
          <p className="projector-step">
            <span className="visually-hidden">{t('present.step')} </span>
            {t(`present.steps.${step.key}`, { count: step.count })}
          </p>
        )}
        {archived ? (
          <p className="projector-notice">{t('facilitation.archivedNotice')}</p>
        ) : (
          state?.locked && <p className="projector-notice">{t('facilitation.lockedNotice')}</p>
        )}
      </div>
      {state && timerInUse(state) && <Countdown timer={state.timer} clockOffsetMs={clockOffsetMs} />}
      <div className="projector-counts">
        <p>{t('workshop.cards', { count: cards })}</p>
        <p>{t('workshop.people', { count: people })}</p>
      </div>
      {join && (
        <div className="projector-join">
          <p>
            {t('present.join')} <span className="projector-join-address">{join.address}</span>{' '}
            <strong className="present-code">{join.code}</strong>
          </p>
          <img src={join.qr} alt={t('present.qr', { code: join.code })} width={128} height={128} />
        </div>
      )}
      {children}
    </div>
  );
}

const countCards = (store: BoardSession['store']) => store.cardCount();
