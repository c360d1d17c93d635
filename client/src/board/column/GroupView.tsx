import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '@shared/board-groups';
import type { BoardSession } from '../store/board-session';

interface Props {
  group: Group;
  count: number;
  session: BoardSession;
  canEdit: boolean;
  children: ReactNode;
}

/** A named cluster of cards inside a column: a drop target, renamed, collapsed or dissolved. */
export function GroupView({ group, count, session, canEdit, children }: Props) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: `group:${group.id}`, data: { column: group.column, group: group.id } });
  const listId = `group-cards-${group.id}`;
  return (
    <li ref={setNodeRef} className={`group${isOver ? ' group--over' : ''}`}>
      <div className="group-header">
        <button
          type="button"
          className="icon-button"
          aria-expanded={!group.collapsed}
          aria-controls={listId}
          aria-label={t(group.collapsed ? 'groups.expand' : 'groups.collapse', { title: group.title })}
          onClick={() => session.collapseGroup(group.id, !group.collapsed)}
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
            onBlur={(e) => e.target.value.trim() && e.target.value !== group.title && session.renameGroup(group.id, e.target.value.trim())}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          />
        </label>
        <span className="column-count">{count}</span>
        {canEdit && (
          <button type="button" className="link-button" onClick={() => session.dissolveGroup(group.id)} aria-label={t('groups.dissolveNamed', { title: group.title })}>
            {t('groups.dissolve')}
          </button>
        )}
      </div>
      {!group.collapsed && (
        <ul id={listId} className="card-list">
          {children}
        </ul>
      )}
    </li>
  );
}
