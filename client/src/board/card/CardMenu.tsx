/**
 * The card's "…" menu: every action this person may take on the card, with its shortcut.
 * The items are read when the menu opens, so the card itself holds no closures for them.
 */
import { lazy, Suspense, useState, type Ref } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../../i18n/use-translation';
import { CARD_COLORS } from '@shared/board-model';
import { REACTIONS } from '@shared/card-comments';
import { carryToRoadmap } from '../../synthesis/carry-to-roadmap';
import { useBoard } from '../board-context';
import { useContentLang } from '../../i18n/content-lang';
import type { CardRecord } from '../store/card-record';
import type { BoardSession } from '../store/board-session';
import { SHORTCUTS, reactionShortcut } from './card-keys';
import type { CardPermissions } from './card-permissions';
import type { CardVotes } from './card-votes';
import { MenuButton, type MenuHandle, type MenuItem, type MenuSection } from './MenuButton';
import { REACTION_KEYS } from './ReactionIcon';
import { useShowCard } from '../../moderation/use-show-card';

const HideCardDialog = lazy(() => import('../../moderation/HideCardDialog').then((m) => ({ default: m.HideCardDialog })));

interface Props {
  card: CardRecord;
  session: BoardSession;
  draft: boolean;
  perm: CardPermissions;
  preview: string;
  votes: CardVotes | null;
  tabIndex: number;
  onEdit: () => void;
  onDelete: () => void;
  ref?: Ref<MenuHandle>;
}

export function CardMenu({ card, session, draft, perm, preview, votes, tabIndex, onEdit, onDelete, ref }: Props) {
  const { t } = useTranslation();
  const board = useBoard();
  const lang = useContentLang();
  const shortcut = (name: keyof typeof SHORTCUTS) => ({ label: t(`board.shortcuts.${name}`), aria: SHORTCUTS[name] });
  const [hiding, setHiding] = useState(false);
  const { show } = useShowCard(session, card.id);

  const sections = (): MenuSection[] => {
    const { kind, moderator, spotlight, staffToken, actions, voting, columns } = board;
    // An action that moves the card in the page (another column, a group, the vote order) keeps the focus on it.
    const andFocus = (run: () => void) => () => {
      run();
      actions.focusCard(card.id);
    };
    const main: MenuItem[] = [];
    if (perm.edit) main.push({ id: 'edit', label: t('board.editText'), shortcut: shortcut('edit'), run: onEdit });
    if (!draft && (perm.discuss || card.comments.length > 0)) {
      const label = card.comments.length > 0 ? t('discussion.comments', { count: card.comments.length }) : t('discussion.comment');
      main.push({ id: 'discuss', label, shortcut: shortcut('discuss'), run: () => actions.openDialog('discussion', session, card.id) });
    }
    if (!draft && voting && votes?.known) {
      main.push({ id: 'vote', label: t('facilitation.vote'), shortcut: shortcut('vote'), disabled: !votes.canCast, run: () => void session.vote(card.id, 'cast') });
      if (votes.mine > 0) main.push({ id: 'unvote', label: t('facilitation.unvote'), run: andFocus(() => void session.vote(card.id, 'withdraw')) });
    }
    if (kind === 'roadmap' && !draft) main.push({ id: 'details', label: t('roadmap.details'), run: () => actions.openDialog('roadmap', session, card.id) });
    if (kind === 'synthesis' && staffToken && !draft) {
      main.push({ id: 'merge', label: t('synthesis.mergeWith'), run: () => actions.openDialog('merge', session, card.id) });
    }
    if (kind !== undefined && kind !== 'roadmap' && staffToken && !draft) {
      main.push({ id: 'carry', label: t('synthesis.toRoadmap'), run: () => void carryToRoadmap(session.boardId, card.id, staffToken, t, actions) });
    }
    if (moderator && !draft) {
      const on = spotlight === card.id;
      main.push({ id: 'spotlight', label: t(on ? 'facilitation.spotlightOff' : 'facilitation.spotlight'), shortcut: shortcut('spotlight'), run: () => actions.spotlight(card.id) });
    }
    if (moderator && !draft && card.hidden === undefined) main.push({ id: 'hide', label: t('moderation.hide'), run: () => setHiding(true) });
    if (moderator && !draft && card.hidden !== undefined) {
      main.push({ id: 'show', label: t('moderation.show'), run: show });
    }
    if (perm.remove) main.push({ id: 'delete', label: t('board.delete'), shortcut: shortcut('delete'), danger: true, run: onDelete });

    const sections: MenuSection[] = [{ items: main }];
    if (perm.discuss && !draft) {
      sections.push({
        label: t('discussion.react'),
        items: REACTIONS.map((reaction, i) => ({
          id: `react-${i}`,
          role: 'menuitemcheckbox',
          checked: card.reactions.mine.has(reaction),
          label: t(`discussion.reactions.${REACTION_KEYS[i]!}`),
          shortcut: { label: reactionShortcut(i), aria: reactionShortcut(i) },
          run: () => session.react(card.id, reaction),
        })),
      });
    }
    if (perm.edit) {
      sections.push({
        label: t('board.color'),
        items: CARD_COLORS.map((color) => ({
          id: `color-${color}`,
          role: 'menuitemradio',
          checked: card.color === color,
          label: t(`board.colors.${color}`),
          run: () => session.setColor(card.id, color),
        })),
      });
    }
    const elsewhere = perm.move ? columns.filter((c) => c.id !== card.column) : [];
    if (elsewhere.length > 0) {
      sections.push({
        label: t('board.moveTo'),
        items: elsewhere.map((c) => ({
          id: `column-${c.id}`,
          label: c.title,
          lang,
          run: andFocus(() => session.moveCard(card.id, c.id, session.store.slots(c.id).length)),
        })),
      });
    }
    if (perm.move && !draft) {
      const groups = session.store.groups().filter((g) => g.column === card.column);
      const current = groups.some((g) => g.id === card.group) ? card.group : null;
      sections.push({
        label: t('groups.label'),
        items: [
          { id: 'group-none', role: 'menuitemradio', checked: current === null, label: t('groups.none'), run: andFocus(() => session.setCardGroup(card.id, null)) },
          ...groups.map((g): MenuItem => ({
            id: `group-${g.id}`,
            role: 'menuitemradio',
            checked: current === g.id,
            label: g.title || t('groups.defaultName'),
            lang: g.title ? lang : undefined,
            run: andFocus(() => session.setCardGroup(card.id, g.id)),
          })),
          { id: 'group-new', label: t('groups.new'), run: andFocus(() => session.groupCard(card.id, t('groups.defaultName'))) },
        ],
      });
    }
    return sections.filter((s) => s.items.length > 0);
  };

  return (
    <>
      <MenuButton
        ref={ref}
        className="card-menu-button"
        label={t('board.cardMenu', { text: preview })}
        content={<span aria-hidden="true">…</span>}
        tabIndex={tabIndex}
        sections={sections}
        hint={perm.move && !draft ? t('board.dragHint') : undefined}
      />
      {/* Outside the card in the page, so that a press in the dialog never starts dragging the card. */}
      {hiding &&
        createPortal(
          <Suspense fallback={null}>
            <HideCardDialog session={session} cardId={card.id} preview={preview} onClose={() => setHiding(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
