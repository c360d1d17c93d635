import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalText } from '../i18n/refusal-text';
import type { FacilitatorCommand } from '@shared/facilitation';
import { PHASES, type Phase } from '@shared/facilitation-state';
import type { DraftAuthor } from '@shared/protocol';
import { api } from '../api/api-client';
import type { BoardSession } from '../board/store/board-session';
import { useSlice } from '../board/store/use-store';

/** Whether the panel is unfolded, remembered per browser: closed, it leaves the board the room. */
const OPEN_KEY = 'coatelier.facilitationOpen';

/** The facilitator's controls; every one is a server command, checked there. */
interface Props {
  session: BoardSession;
  /** For the list of draft authors (an API call). */
  token: string;
}

export function FacilitatorPanel({ session, token }: Props) {
  const { t } = useTranslation();
  const [authors, setAuthors] = useState<DraftAuthor[] | null>(null);
  const [minutes, setMinutes] = useState(5);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_KEY) === 'true');
  const state = useSlice(session.meta).state?.state;
  if (!state) return null;
  const voteSettings = {
    type: 'votes.configure',
    perParticipant: state.votes.perParticipant,
    allowStacking: state.votes.allowStacking,
    hideTotals: state.votes.hideTotals,
  } as const;
  const run = async (command: FacilitatorCommand) => {
    const ack = await session.command(command);
    setError(ack.ok ? null : refusalText(t, ack.error));
  };
  return (
    <details
      className="facilitator"
      open={open}
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        localStorage.setItem(OPEN_KEY, String(e.currentTarget.open));
      }}
    >
      <summary>{t('facilitation.panel')}</summary>
      <div className="facilitator-controls">
        <label>
          <span>{t('facilitation.phaseLabel')}</span>
          <select value={state.phase} onChange={(e) => void run({ type: 'phase.set', phase: e.target.value as Phase })}>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {t(`facilitation.phases.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('facilitation.timer')}</legend>
          <label>
            <span className="visually-hidden">{t('facilitation.minutes')}</span>
            <input
              type="number"
              min={1}
              max={240}
              value={minutes}
              onChange={(e) => setMinutes(Number(e.target.value))}
              aria-label={t('facilitation.minutes')}
            />
          </label>
          {state.timer.endsAt === null ? (
            <button type="button" onClick={() => void run({ type: 'timer.start', durationMs: minutes * 60_000 })}>
              {t('facilitation.start')}
            </button>
          ) : (
            <button type="button" onClick={() => void run({ type: 'timer.pause' })}>
              {t('facilitation.pause')}
            </button>
          )}
          <button type="button" onClick={() => void run({ type: 'timer.addMinute' })}>
            {t('facilitation.addMinute')}
          </button>
          <button type="button" onClick={() => void run({ type: 'timer.reset', durationMs: minutes * 60_000 })}>
            {t('facilitation.reset')}
          </button>
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={state.locked} onChange={(e) => void run({ type: 'lock.set', locked: e.target.checked })} />
          <span>{t('facilitation.lock')}</span>
        </label>
        <fieldset>
          <legend>{t('facilitation.privateWriting')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={state.privateWriting}
              onChange={(e) => void run({ type: 'privateWriting.set', enabled: e.target.checked })}
            />
            <span>{t('facilitation.privateWriting')}</span>
          </label>
          <button type="button" onClick={() => void run({ type: 'drafts.reveal' }).then(() => setAuthors(null))}>
            {t('facilitation.revealDrafts')}
          </button>
          <button type="button" onClick={() => void api.draftAuthors(session.boardId, token).then((r) => setAuthors(r.authors))}>
            {t('facilitation.listDrafts')}
          </button>
          {authors && authors.length === 0 && <span>{t('facilitation.noDrafts')}</span>}
          {authors?.map((a) => (
            <button
              key={a.participantId}
              type="button"
              onClick={() =>
                void run({ type: 'drafts.reveal', author: a.participantId }).then(() =>
                  setAuthors((all) => all?.filter((x) => x.participantId !== a.participantId) ?? null),
                )
              }
            >
              {t('facilitation.revealAuthor', { name: a.name || t('discussion.anonymous'), count: a.cards })}
            </button>
          ))}
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={state.anonymous}
            onChange={(e) => void run({ type: 'anonymity.set', anonymous: e.target.checked })}
          />
          <span>{t('facilitation.anonymous')}</span>
        </label>
        <fieldset>
          <legend>{t('facilitation.cards')}</legend>
          <label className="check check--explained">
            <input
              type="checkbox"
              checked={state.freeEditing}
              aria-describedby="free-editing-hint"
              onChange={(e) => void run({ type: 'freeEditing.set', enabled: e.target.checked })}
            />
            <span>{t('facilitation.freeEditing')}</span>
          </label>
          <p id="free-editing-hint" className="hint">
            {t('facilitation.freeEditingHint')}
          </p>
          <label className="check check--explained">
            <input
              type="checkbox"
              checked={state.movesRestricted}
              aria-describedby="moves-restricted-hint"
              onChange={(e) => void run({ type: 'moves.restrict', restricted: e.target.checked })}
            />
            <span>{t('facilitation.movesRestricted')}</span>
          </label>
          <p id="moves-restricted-hint" className="hint">
            {t('facilitation.movesRestrictedHint')}
          </p>
        </fieldset>
        <fieldset>
          <legend>{t('facilitation.voting')}</legend>
          <label>
            <span>{t('facilitation.votesPerParticipant')}</span>
            <input
              type="number"
              min={1}
              max={20}
              value={state.votes.perParticipant}
              onChange={(e) => void run({ ...voteSettings, perParticipant: Math.max(1, Math.min(20, Number(e.target.value) || 1)) })}
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={state.votes.allowStacking}
              onChange={(e) => void run({ ...voteSettings, allowStacking: e.target.checked })}
            />
            <span>{t('facilitation.allowStacking')}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={state.votes.hideTotals}
              onChange={(e) => void run({ ...voteSettings, hideTotals: e.target.checked })}
            />
            <span>{t('facilitation.hideTotals')}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={state.votes.totalsRevealed}
              onChange={(e) => void run({ type: 'votes.reveal', revealed: e.target.checked })}
            />
            <span>{t('facilitation.revealTotals')}</span>
          </label>
        </fieldset>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
