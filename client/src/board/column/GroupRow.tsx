/** A named cluster of cards inside a column: its header row, a drop target, renamed, folded or dissolved. */
import { useDroppable } from '@dnd-kit/core';
import { memo, useCallback } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Group } from '@shared/board-groups';
import { mayMoveCard } from '@shared/card-rules';
import { useBoard } from '../board-context';
import { useContentLang } from '../../i18n/content-lang';

interface Props {
  group: Group;
  count: number;
  index: number;
  top: number;
  measure: (element: Element | null) => void;
}

export const GroupRow = memo(function GroupRow({ group, count, index, top, measure }: Props) {
  const { t } = useTranslation();
  const { board, canWrite, actor, settings } = useBoard();
  const lang = useContentLang();
  // Grouping is moving: the same rule.
  const canEdit = canWrite && mayMoveCard(actor, settings);
  const { setNodeRef, isOver } = useDroppable({ id: `group:${group.id}`, data: { column: group.column, group: group.id } });
  const ref = useCallback(
    (element: HTMLLIElement | null) => {
      setNodeRef(element);
      measure(element);
    },
    [setNodeRef, measure],
  );
  return (
    <li ref={ref} data-index={index} data-key={`group:${group.id}`} className={`group${isOver ? ' group--over' : ''}`} style={{ transform: `translateY(${top}px)` }}>
      <button
        type="button"
        className="icon-button"
        aria-expanded={!group.collapsed}
        aria-label={t(group.collapsed ? 'groups.expand' : 'groups.collapse', { title: group.title })}
        disabled={!canEdit}
        onClick={() => board.collapseGroup(group.id, !group.collapsed)}
      >
        <span aria-hidden="true">{group.collapsed ? '▸' : '▾'}</span>
      </button>
      <label className="group-title">
        <span className="visually-hidden">{t('groups.name')}</span>
        <input
          defaultValue={group.title}
          key={group.title}
          readOnly={!canEdit}
          maxLength={80}
          lang={lang}
          onBlur={(e) => e.target.value.trim() && e.target.value !== group.title && board.renameGroup(group.id, e.target.value.trim())}
          onKeyDown={(e) => {
            // Enter keeps the new name; Escape puts the name back as it was (nothing is written before leaving).
            if (e.key === 'Enter') e.currentTarget.blur();
            else if (e.key === 'Escape') e.currentTarget.value = group.title;
          }}
        />
      </label>
      <span className="column-count">{count}</span>
      {canEdit && (
        <button type="button" className="link-button" onClick={() => board.dissolveGroup(group.id)} aria-label={t('groups.dissolveNamed', { title: group.title })}>
          {t('groups.dissolve')}
        </button>
      )}
    </li>
  );
});
