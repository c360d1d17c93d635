/**
 * A card as a sticky note: its text, its author, a one-line summary and its badges, and one
 * "…" menu for every action. One tab stop (the column moves between cards with the arrows);
 * the text becomes editable on click, Enter or typing. It re-renders when its own record, its
 * writers or its place change, never because another card did.
 */
import { useSortable } from '@dnd-kit/sortable';
import { memo, useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Group } from '@shared/board-groups';
import { useBoard } from '../board-context';
import { useContentLang } from '../../i18n/content-lang';
import type { BoardSession } from '../store/board-session';
import { useCard, useWriters } from '../store/use-store';
import { CardBadges } from './CardBadges';
import { CardEditor } from './CardEditor';
import { cardKey, type CardKey } from './card-keys';
import { CardMenu } from './CardMenu';
import { cardPermissions } from './card-permissions';
import { CardSummary } from './CardSummary';
import { useCardVotes } from './card-votes';
import type { MenuHandle } from './MenuButton';
import { HiddenCardNote } from '../../moderation/HiddenCardNote';
import { hiddenCardPermissions } from '../../moderation/hidden-permissions';
import { useControlled } from '../../moderation/use-moderation';

/** How the column places and moves the focus among its cards. */
export interface ColumnNav {
  focused(id: string): void;
  move(id: string, to: 'previous' | 'next' | 'first' | 'last'): void;
  /** The card after this one in the column, else the one before: where the focus goes when it leaves. */
  neighbour(id: string): string | null;
}

interface Props {
  id: string;
  session: BoardSession;
  /** A private draft: only its author sees it until the facilitator reveals drafts. */
  draft: boolean;
  group: Group | null;
  index: number;
  setSize: number;
  /** Where the column's window puts the card (px from the list's top). */
  top: number;
  measure: (element: Element | null) => void;
  tabStop: boolean;
  nav: ColumnNav;
}

const PREVIEW_CHARS = 40;
/** Below the drag's activation distance: still a click. */
const CLICK_SLOP_PX = 5;

export const CardItem = memo(function CardItem({ id, session, draft, group, index, setSize, top, measure, tabStop, nav }: Props) {
  const { t } = useTranslation();
  const board = useBoard();
  const lang = useContentLang();
  const card = useCard(session.store, id);
  const writers = useWriters(session.presence, id);
  const votes = useCardVotes(board.board, id);
  const { carried } = board.actions;
  const carriedAs = useSyncExternalStore(carried.subscribe, () => carried.get().get(id) ?? null);
  const hidden = card?.hidden;
  const perm = hiddenCardPermissions(cardPermissions(board, card?.author ?? '', draft), hidden !== undefined);
  // On a controlled board a participant's new cards go through the inbox, not Enter in a card.
  const controlled = useControlled(session) && !board.moderator;
  const [editing, setEditing] = useState<{ typed?: string } | null>(() => (board.actions.pendingEdit() === id && perm.edit ? {} : null));
  const menu = useRef<MenuHandle>(null);
  const self = useRef<HTMLLIElement | null>(null);
  /** Where the last press began: a press that became a drag is not a click into the text. */
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  const textId = useId();
  const metaId = useId();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id,
    data: { column: card?.column, group: group?.id },
    disabled: !perm.move || editing !== null,
    // dnd-kit's own word is the English "sortable".
    attributes: { roleDescription: t('board.roleDescription') },
  });
  const ref = useCallback(
    (element: HTMLLIElement | null) => {
      self.current = element;
      setNodeRef(element);
      measure(element);
    },
    [setNodeRef, measure],
  );
  useEffect(() => {
    // A card just added opens in its editor once; the request is then spent.
    if (editing) board.actions.takeEditRequest(id);
  }, [board.actions, editing, id]);

  if (!card) return null;
  const preview = card.text.trim().slice(0, PREVIEW_CHARS) || t('board.blank');
  const writer = writers?.[0];
  const spotlit = board.spotlight === id;
  const authorName = card.authorName || board.names.get(card.author) || '';
  const voting = board.voting && !draft && votes.known;
  const text = editing ? session.cardText(id) : null;

  const startEdit = (typed?: string) => {
    if (perm.edit) setEditing({ typed });
  };
  const remove = () => {
    // Focus in the card goes to the next card, else the column's "Ajouter une carte".
    const focused = self.current?.contains(document.activeElement) === true;
    const next = nav.neighbour(id);
    const add = self.current?.closest('.column')?.querySelector<HTMLElement>('.add-card');
    board.actions.remove(session, card);
    if (!focused) return;
    if (next) board.actions.focusCard(next);
    else add?.focus();
  };
  const discuss = draft ? null : () => board.actions.openDialog('discussion', session, id);
  const leave = (refocus: boolean) => {
    setEditing(null);
    if (refocus) self.current?.focus();
  };

  const run = (key: CardKey) => {
    switch (key.action) {
      case 'edit':
        return startEdit(key.typed);
      case 'delete':
        return perm.remove && remove();
      case 'menu':
        return menu.current?.open();
      case 'discuss':
        return discuss?.();
      case 'vote':
        return voting && votes.canCast && void session.vote(id, 'cast');
      case 'spotlight':
        return board.moderator && !draft && board.actions.spotlight(id);
      case 'react':
        return perm.discuss && !draft && session.react(id, key.reaction);
      case 'focus':
        return nav.move(id, key.to);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    // Keys typed in the editor, the menu or a button inside are theirs.
    if (event.target !== event.currentTarget) return;
    const key = isDragging ? null : cardKey(event);
    if (!key) return listeners?.onKeyDown?.(event);
    event.preventDefault();
    run(key);
  };
  const onPointerDown = (event: PointerEvent<HTMLLIElement>) => {
    // A press in the menu (drawn elsewhere, but a React child) or the editor does not drag.
    if (editing || !event.currentTarget.contains(event.target as Node)) return;
    pressedAt.current = { x: event.clientX, y: event.clientY };
    listeners?.onPointerDown?.(event);
  };

  const classes = ['card', `card--${card.color}`];
  if (isDragging) classes.push('card--dragging');
  if (writer) classes.push('card--edited');
  if (spotlit) classes.push('card--spotlit');
  if (group) classes.push('card--grouped');
  if (hidden !== undefined) classes.push('card--hidden');

  return (
    <li
      ref={ref}
      className={classes.join(' ')}
      data-card-id={id}
      data-key={id}
      data-index={index}
      tabIndex={tabStop ? 0 : -1}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      aria-labelledby={editing ? undefined : textId}
      aria-describedby={`${metaId} ${attributes['aria-describedby']}`}
      aria-roledescription={perm.move && !editing ? attributes['aria-roledescription'] : undefined}
      aria-keyshortcuts="Enter Delete Alt+C"
      aria-current={spotlit ? 'true' : undefined}
      style={{
        transform: `translate3d(${transform?.x ?? 0}px, ${top + (transform?.y ?? 0)}px, 0)`,
        transition,
        ...(writer ? { outlineColor: writer.color } : {}),
      }}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      // Focus anywhere in the card (its editor, its menu) makes it the column's tab stop: always drawn.
      onFocus={() => nav.focused(id)}
    >
      {writer && (
        <span className="card-writer" style={{ background: writer.color }}>
          {t('board.editing', { name: writer.name || t('discussion.anonymous') })}
        </span>
      )}
      {hidden !== undefined ? (
        <HiddenCardNote session={session} cardId={id} reason={hidden} textId={textId} lang={lang} moderator={board.moderator} tabIndex={tabStop ? 0 : -1} />
      ) : editing && text ? (
        <CardEditor
          session={session}
          cardId={id}
          text={text}
          typed={editing.typed}
          lang={lang}
          onEnter={() => (controlled ? leave(true) : board.actions.add(session, card.column, id))}
          onLeave={leave}
        />
      ) : (
        <p id={textId} className={card.text.trim() ? 'card-text' : 'card-text card-text--blank'} lang={card.text.trim() ? lang : undefined} onClick={(event) => {
            const from = pressedAt.current;
            if (!from || Math.hypot(event.clientX - from.x, event.clientY - from.y) < CLICK_SLOP_PX) startEdit();
          }}
        >
          {card.text.trim() ? card.text : t('board.blank')}
        </p>
      )}
      <div className="card-foot" id={metaId}>
        <CardBadges card={card} group={group} draft={draft} spotlit={spotlit} roadmap={board.kind === 'roadmap'} carried={carriedAs} tabIndex={tabStop ? 0 : -1} />
        {authorName && <span className="card-author">{t('board.by', { name: authorName })}</span>}
        <CardSummary card={card} session={session} preview={preview} votes={draft ? null : votes} voting={voting} canDiscuss={perm.discuss} onDiscuss={discuss} />
        {(perm.edit || perm.move || perm.remove || perm.discuss || voting || card.comments.length > 0 || board.kind === 'roadmap' || board.moderator) && (
        <CardMenu
          ref={menu}
          card={card}
          session={session}
          draft={draft}
          perm={perm}
          preview={preview}
          votes={votes}
          tabIndex={tabStop ? 0 : -1}
          onEdit={() => startEdit()}
          onDelete={remove}
        />
        )}
      </div>
    </li>
  );
});
