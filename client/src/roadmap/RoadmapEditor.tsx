/** The form behind "Détails de l'action": lead, partners, due date, status and linked cards. */
import { useEffect, useRef, useState, type HTMLInputTypeAttribute } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LEAD_KINDS, ROADMAP_MAX_LINKS, ROADMAP_STATUSES, ROADMAP_TEXT_MAX_CHARS, cardLink, type LeadKind, type RoadmapFields, type RoadmapStatus } from '@shared/roadmap';
import type { WorkshopCard } from '@shared/workshop-cards';
import type { BoardSession } from '../board/store/board-session';
import { LEAD_AUTHOR, type RoadmapLog as RoadmapLogData } from '@shared/roadmap-log';
import { useBoard } from '../board/board-context';
import { claimsOf } from '../identity/identity-store';
import { FollowupLinkMaker } from './FollowupLinkMaker';
import { linkedCardText } from './RoadmapBits';
import { RoadmapLog } from './RoadmapLog';
import { useRoadmapLinks } from './roadmap-context';
import { truncate } from './roadmap-table';

interface FieldProps {
  id: string;
  label: string;
  type?: HTMLInputTypeAttribute;
  value: string;
  placeholder?: string;
  disabled: boolean;
  /** Dates are written as soon as they are whole; words when the person leaves the field. */
  eager?: boolean;
  onCommit: (value: string) => void;
}

/**
 * Shows the shared value, except while the person is in the field: their typing is not reset
 * by the board's next render, and others' edits appear as soon as they leave it.
 */
function CommitField({ id, label, type = 'text', value, placeholder, disabled, eager, onCommit }: FieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // Enter then leaving the field would write the same value twice (two undo steps).
  const sent = useRef<string | null>(null);
  const commit = (next: string) => {
    if (next === value || next === sent.current) return;
    sent.current = next;
    onCommit(next);
  };
  return (
    <div className="roadmap-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={draft ?? value}
        placeholder={placeholder}
        maxLength={type === 'text' ? ROADMAP_TEXT_MAX_CHARS : undefined}
        disabled={disabled}
        onFocus={() => {
          sent.current = null;
          setDraft(value);
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          if (eager) commit(e.target.value);
        }}
        onBlur={(e) => {
          commit(e.target.value);
          setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
        }}
      />
    </div>
  );
}

interface Props {
  id: string;
  cardId: string;
  fields: RoadmapFields;
  log: RoadmapLogData;
  session: BoardSession;
  canEdit: boolean;
}

export function RoadmapEditor({ id, cardId, fields, log, session, canEdit }: Props) {
  const { t } = useTranslation();
  const links = useRoadmapLinks();
  const [choice, setChoice] = useState('');
  const set = (patch: Partial<RoadmapFields>) => session.setRoadmap(cardId, patch);
  const field = (name: string) => `${id}-${name}`;
  // Opening the form reads the other boards again: cards were written since.
  const refresh = links?.refresh;
  useEffect(() => refresh?.(), [refresh]);

  // Board id → its cards not linked yet, in the workshop's order of boards.
  const byBoard = new Map<string, WorkshopCard[]>();
  for (const card of links?.cards ?? []) {
    if (fields.links.includes(cardLink(card.boardId, card.cardId))) continue;
    byBoard.set(card.boardId, [...(byBoard.get(card.boardId) ?? []), card]);
  }
  const full = fields.links.length >= ROADMAP_MAX_LINKS;
  const { staffToken } = useBoard();
  const organiser = staffToken !== null && claimsOf(staffToken).role === 'organiser';
  const shown = <T extends { by: string }>(entries: readonly T[]) => entries.map((e) => ({ ...e, byLead: e.by === LEAD_AUTHOR }));

  return (
    <div id={id} className="roadmap-editor" role="group" aria-label={t('roadmap.details')}>
      <div className="roadmap-field">
        <label htmlFor={field('kind')}>{t('roadmap.leadKind')}</label>
        <select id={field('kind')} value={fields.leadKind ?? ''} disabled={!canEdit} onChange={(e) => set({ leadKind: (e.target.value || null) as LeadKind | null })}>
          <option value="">{t('roadmap.noLead')}</option>
          {LEAD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`roadmap.leadKinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <CommitField id={field('name')} label={t('roadmap.leadName')} value={fields.leadName} placeholder={t('roadmap.leadNamePlaceholder')} disabled={!canEdit} onCommit={(leadName) => set({ leadName })} />
      <CommitField id={field('partners')} label={t('roadmap.partners')} value={fields.partners} placeholder={t('roadmap.partnersPlaceholder')} disabled={!canEdit} onCommit={(partners) => set({ partners })} />
      <CommitField id={field('due')} label={t('roadmap.due')} type="date" value={fields.due ?? ''} disabled={!canEdit} eager onCommit={(due) => set({ due: due || null })} />
      <div className="roadmap-field">
        <label htmlFor={field('status')}>{t('roadmap.status')}</label>
        <select id={field('status')} value={fields.status} disabled={!canEdit} onChange={(e) => session.changeRoadmapStatus(cardId, e.target.value as RoadmapStatus)}>
          {ROADMAP_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`roadmap.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="roadmap-links">
        <legend>{t('roadmap.links')}</legend>
        {fields.links.length === 0 ? (
          <p className="roadmap-muted">{t('roadmap.noLinks')}</p>
        ) : (
          <ul>
            {fields.links.map((link) => {
              const { board, text } = linkedCardText(link, links, t);
              return (
                <li key={link}>
                  <span>
                    {board && <span className="roadmap-link-board">{board} — </span>}
                    {text}
                  </span>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={!canEdit}
                    aria-label={t('roadmap.removeLink', { text })}
                    onClick={() => set({ links: fields.links.filter((l) => l !== link) })}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {links?.status === 'failed' && <p className="roadmap-muted">{t('roadmap.cardsUnavailable')}</p>}
        <div className="roadmap-link-add">
          <div className="roadmap-field">
            <label htmlFor={field('link')}>{t('roadmap.linkCard')}</label>
            <select id={field('link')} value={choice} disabled={!canEdit || full} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t('roadmap.chooseCard')}</option>
              {[...byBoard].map(([boardId, cards]) => (
                <optgroup key={boardId} label={cards[0]!.boardTitle}>
                  {cards.map((card) => (
                    <option key={card.cardId} value={cardLink(card.boardId, card.cardId)}>
                      {truncate(card.text, 70)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={!canEdit || !choice || full}
            onClick={() => {
              set({ links: [...fields.links, choice] });
              setChoice('');
            }}
          >
            {t('roadmap.addLink')}
          </button>
        </div>
      </fieldset>
      <RoadmapLog
        statusHistory={shown(log.statusHistory)}
        progress={shown(log.progress)}
        disabled={!canEdit}
        onAddNote={canEdit ? (text) => session.addRoadmapNote(cardId, text) : undefined}
      />
      {organiser && <FollowupLinkMaker boardId={session.boardId} cardId={cardId} token={staffToken} />}
    </div>
  );
}
