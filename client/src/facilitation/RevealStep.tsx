import { useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { DraftCounts } from './DraftCounts';
import type { StepActionProps } from './step-props';
import { revealCommands } from './steps';
import { useDraftCounts } from './use-draft-counts';

interface Props extends StepActionProps {
  boardId: string;
  token: string;
  /** Counts are read only while someone can see them. */
  visible: boolean;
}

/** The reveal: everyone's private cards at once, or one person's, with the counts that guide it. */
export function RevealStep({ state, run, actionClass, boardId, token, visible }: Props) {
  const { t } = useTranslation();
  const { authors, refresh } = useDraftCounts(boardId, token, visible && state.privateWriting);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <div className="step-options">
        {state.privateWriting ? (
          <DraftCounts authors={authors} run={run} refresh={refresh} after={button} />
        ) : (
          <p className="step-hint">{t('facilitation.noPrivateWriting')}</p>
        )}
      </div>
      <button ref={button} type="button" className={actionClass} onClick={() => void run(revealCommands(state))}>
        {t('facilitation.revealDrafts')}
      </button>
    </>
  );
}
