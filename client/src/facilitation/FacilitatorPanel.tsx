import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';
import { useSlice } from '../board/store/use-store';
import { FacilitationSettings } from './FacilitationSettings';
import { StepBar } from './StepBar';
import { TimerControls } from './TimerControls';
import { useCommandSequence } from './use-command-sequence';
import { InboxPanel } from '../moderation/InboxPanel';
import { useHiddenNews } from '../moderation/use-hidden-news';

/** Whether the panel is unfolded, remembered per browser: closed, it leaves the board the room. */
const OPEN_KEY = 'coatelier.facilitationOpen';

interface Props {
  session: BoardSession;
  /** For the private cards' counts (an API call). */
  token: string;
}

/**
 * The facilitator's controls: the session's steps, the timer, the lasting settings, and the
 * inbox of a controlled board. Every one is a server command or request, checked there.
 */
export function FacilitatorPanel({ session, token }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_KEY) === 'true');
  const { run, error } = useCommandSequence(session);
  const { state: message, archived } = useSlice(session.meta);
  const state = message?.state;
  useHiddenNews(session);
  // An archived workshop refuses every command: no control is offered (the phase bar says why).
  if (!state || archived) return null;
  return (
    <>
      {/* First: cards waiting for an answer come before the steps (on a phone, the panel is long). */}
      {state.controlled && <InboxPanel session={session} />}
      <details
        className="facilitator"
        open={open}
        onToggle={(e) => {
          setOpen(e.currentTarget.open);
          localStorage.setItem(OPEN_KEY, String(e.currentTarget.open));
        }}
      >
        <summary>{t('facilitation.panel')}</summary>
        <StepBar state={state} run={run} boardId={session.boardId} token={token} visible={open} />
        <div className="facilitator-tools">
          <TimerControls state={state} run={run} />
          <FacilitationSettings state={state} run={run} />
        </div>
        {/* In the page from the start: an alert region created with its text is not always read. */}
        <p className="form-error" role="alert">
          {error}
        </p>
      </details>
    </>
  );
}
