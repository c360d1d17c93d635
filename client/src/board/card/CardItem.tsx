import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { Group } from '@shared/board-groups';
import { CARD_COLORS, type Card, type CardColor } from '@shared/board-model';
import type { BoardSession, BoardSnapshot, Person } from '../store/board-session';
import { CardDiscussion } from './CardDiscussion';
import { CardSynthesis } from '../../synthesis/CardSynthesis';
import { CardText } from './CardText';
import { RoadmapFields } from '../../roadmap/RoadmapFields';
import { VoteControls } from './VoteControls';

const NEW_GROUP = '__new__';

interface Props {
  card: Card;
  session: BoardSession;
  /** A private draft: only its author sees it until the facilitator reveals drafts. */
  draft: boolean;
  snapshot: BoardSnapshot;
  canEdit: boolean;
  /** Groups of the card's column, and the card's own group. */
  groups: Group[];
  group: string | null;
  editors: Person[];
  focusOnMount: boolean;
  /** The facilitator's spotlight is on this card. */
  spotlit: boolean;
  /** For facilitators: put the spotlight on this card (or take it off). */
  onSpotlight?: () => void;
  onDelete: (card: Card) => void;
  onAddAfter: (card: Card) => void;
}

export function CardItem({
  card,
  session,
  draft,
  snapshot,
  canEdit,
  groups,
  group,
  editors,
  focusOnMount,
  spotlit,
  onSpotlight,
  onDelete,
  onAddAfter,
}: Props) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    data: { column: card.column, group: group ?? undefined },
    disabled: !canEdit || draft,
  });
  const editor = editors[0];
  const preview = card.text.trim().slice(0, 40) || t('board.empty');

  return (
    <li
      ref={setNodeRef}
      className={`card card--${card.color}${isDragging ? ' card--dragging' : ''}${editor ? ' card--edited' : ''}${spotlit ? ' card--spotlit' : ''}`}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        ...(editor ? { outlineColor: editor.color } : {}),
      }}
      data-card-id={card.id}
    >
      <div className="card-top">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="card-handle"
          aria-label={`${t('board.move')} : ${preview}`}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        {editor && (
          <span className="card-editor" style={{ background: editor.color }} title={t('board.editing', { name: editor.name })}>
            {t('board.editing', { name: editor.name })}
          </span>
        )}
        {draft && <span className="card-private">{t('facilitation.private')}</span>}
        {onSpotlight && !draft && (
          <button
            type="button"
            className="spotlight-button"
            aria-pressed={spotlit}
            aria-label={`${t('facilitation.spotlight')} : ${preview}`}
            onClick={onSpotlight}
          >
            {t('facilitation.spotlight')}
          </button>
        )}
      </div>
      <CardText
        session={session}
        cardId={card.id}
        readOnly={!canEdit}
        autoFocus={focusOnMount}
        onKeyDown={(event) => {
          // Enter adds the next card; Shift+Enter keeps a line break inside this one.
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            onAddAfter(card);
          }
        }}
      />
      {snapshot.board?.kind === 'roadmap' && !draft && <RoadmapFields cardId={card.id} session={session} canEdit={canEdit} preview={preview} />}
      <VoteControls card={card} session={session} snapshot={snapshot} />
      {!draft && <CardDiscussion cardId={card.id} session={session} canEdit={canEdit} />}
      {!draft && <CardSynthesis card={card} session={session} snapshot={snapshot} />}
      <div className="card-bottom">
        {card.authorName && <span className="card-author">{t('board.by', { name: card.authorName })}</span>}
        {!draft && (
          <label className="card-group">
            <span className="visually-hidden">{t('groups.label')}</span>
            <select
              value={group ?? ''}
              disabled={!canEdit}
              onChange={(e) => {
                if (e.target.value === NEW_GROUP) session.groupCard(card.id, t('groups.defaultName'));
                else session.setCardGroup(card.id, e.target.value || null);
              }}
            >
              <option value="">{t('groups.none')}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title || t('groups.defaultName')}
                </option>
              ))}
              <option value={NEW_GROUP}>{t('groups.new')}</option>
            </select>
          </label>
        )}
        <label className="card-color">
          <span className="visually-hidden">{t('board.color')}</span>
          <select value={card.color} disabled={!canEdit} onChange={(e) => session.setColor(card.id, e.target.value as CardColor)}>
            {CARD_COLORS.map((color) => (
              <option key={color} value={color}>
                {t(`board.colors.${color}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="icon-button" disabled={!canEdit} aria-label={`${t('board.delete')} : ${preview}`} onClick={() => onDelete(card)}>
          <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
            <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.8 6.5v5M9.2 6.5v5" />
          </svg>
        </button>
      </div>
    </li>
  );
}
