import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { ConfirmButton } from '../components/ConfirmButton';
import { CurrentBoardControl } from '../phone/CurrentBoardControl';
import { useCurrentBoard } from '../phone/current-board';
import { RevealStep } from './RevealStep';
import type { StepProps } from './step-props';
import type { RunCommands } from './use-command-sequence';
import { closingCommands, currentStep, groupingCommands, nextStep, resultsCommands, STEPS, type Step } from './steps';
import { VoteOptions } from './VoteOptions';
import { WritingStep } from './WritingStep';

interface Props extends StepProps {
  boardId: string;
  token: string;
  /** Whether the panel is unfolded (the drafts are counted only then). */
  visible: boolean;
}

/**
 * The session's steps in order, the room's one highlighted: each step's options sit beside its
 * one action, and nothing reaches the room before that button is pressed. Any step can be run
 * again or out of order (a facilitator may go back). Buttons stay in place when the state
 * changes, so focus stays on the one pressed; the change is heard through the live region.
 * Launching a step (closing aside) also sends participants who join from then on to this board.
 */
export function StepBar({ state, run: runCommands, boardId, token, visible }: Props) {
  const { t } = useTranslation();
  const current = currentStep(state);
  const next = nextStep(state);
  const landing = useCurrentBoard(token, visible);
  const run: RunCommands = async (commands) => {
    const done = await runCommands(commands);
    // The step is launched whatever becomes of this: the control below says where people land.
    if (done && landing.current !== boardId) landing.point(boardId).catch(() => undefined);
    return done;
  };
  const body = (step: Step): ReactNode => {
    const actionClass = step === next ? 'primary' : 'secondary';
    switch (step) {
      case 'writing':
        return <WritingStep state={state} run={run} actionClass={actionClass} />;
      case 'reveal':
        return <RevealStep state={state} run={run} actionClass={actionClass} boardId={boardId} token={token} visible={visible} />;
      case 'grouping':
        return (
          <button type="button" className={actionClass} onClick={() => void run(groupingCommands(state))}>
            {t('facilitation.startGrouping')}
          </button>
        );
      case 'voting':
        return <VoteOptions state={state} run={run} actionClass={actionClass} />;
      case 'results':
        return (
          <>
            <p className="step-hint">{t('facilitation.resultsHint')}</p>
            <button type="button" className={actionClass} onClick={() => void run(resultsCommands(state))}>
              {t('facilitation.showResults')}
            </button>
          </>
        );
      case 'closed':
        return (
          <ConfirmButton
            className={actionClass}
            label={t('facilitation.close')}
            question={t('facilitation.closeQuestion')}
            confirmLabel={t('facilitation.closeConfirm')}
            cancelLabel={t('facilitation.closeCancel')}
            onConfirm={() => void runCommands(closingCommands(state))}
          />
        );
    }
  };
  return (
    <>
      <CurrentBoardControl boardId={boardId} current={landing.current} point={landing.point} />
      <ol className="step-bar" aria-label={t('facilitation.steps')}>
        {STEPS.map((step, i) => (
          <li key={step} className={step === current ? 'step step--current' : 'step'} aria-current={step === current ? 'step' : undefined}>
            <p className="step-name">
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              {t(`facilitation.stepNames.${step}`)}
              {step === current && <span className="step-badge">{t('facilitation.currentStep')}</span>}
            </p>
            {body(step)}
          </li>
        ))}
      </ol>
      {state.privateWriting && <p className="step-hint step-note">{t('facilitation.revealsFirst')}</p>}
    </>
  );
}
