import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { LIMITS } from '@shared/limits';
import type { BoardInfo } from '@shared/protocol';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineRename } from './InlineRename';

/** What the panel does for a board; `focus` names the control to give focus back to afterwards. */
export interface BoardActions {
  rename(board: BoardInfo, title: string): void;
  move(board: BoardInfo, step: -1 | 1): void;
  remove(board: BoardInfo): void;
  addColumn(board: BoardInfo, title: string): void;
  renameColumn(board: BoardInfo, columnId: string, title: string): void;
  moveColumn(board: BoardInfo, index: number, step: -1 | 1): void;
  removeColumn(board: BoardInfo, columnId: string): void;
}

export const controlId = (...parts: string[]) => `prepare-${parts.join('-')}`;

/** One board of the workshop: its name, place in the list, columns, and deletion. */
export function BoardEditor({ board, first, last, actions }: { board: BoardInfo; first: boolean; last: boolean; actions: BoardActions }) {
  const { t } = useTranslation();
  const [newColumn, setNewColumn] = useState('');
  const addColumn = (event: FormEvent) => {
    event.preventDefault();
    const title = newColumn.trim();
    if (!title) return;
    actions.addColumn(board, title);
    setNewColumn('');
  };
  const full = board.columns.length >= LIMITS.maxColumnsPerBoard;
  return (
    <li className="prepare-board">
      <div className="prepare-row">
        <InlineRename value={board.title} label={t('prepare.boardName', { title: board.title })} maxLength={LIMITS.titleMaxChars} onRename={(title) => actions.rename(board, title)} />
        {board.kind !== 'board' && <span className="badge">{t(`prepare.kind.${board.kind}`)}</span>}
        <MoveButtons id={board.id} name={board.title} first={first} last={last} onMove={(step) => actions.move(board, step)} />
        <ConfirmButton
          label={t('prepare.removeBoard')}
          question={t('prepare.removeBoardQuestion', { title: board.title })}
          confirmLabel={t('prepare.remove')}
          cancelLabel={t('prepare.cancel')}
          onConfirm={() => actions.remove(board)}
        />
      </div>
      <details className="prepare-columns-box">
        <summary>{t('prepare.columnsSummary', { count: board.columns.length })}</summary>
        <ol className="prepare-columns" aria-label={t('prepare.columnsOf', { title: board.title })}>
          {board.columns.map((column, index) => (
            <li key={column.id} className="prepare-row">
              <InlineRename
                value={column.title}
                label={t('prepare.columnName', { title: column.title })}
                maxLength={LIMITS.columnTitleMaxChars}
                onRename={(title) => actions.renameColumn(board, column.id, title)}
              />
              <MoveButtons id={column.id} name={column.title} first={index === 0} last={index === board.columns.length - 1} onMove={(step) => actions.moveColumn(board, index, step)} />
              <button type="button" id={controlId(column.id, 'remove')} disabled={board.columns.length === 1} onClick={() => actions.removeColumn(board, column.id)} aria-label={t('prepare.removeColumnOf', { title: column.title })}>
                {t('prepare.removeColumn')}
              </button>
            </li>
          ))}
        </ol>
        <form className="prepare-add" onSubmit={addColumn}>
          <label className="field">
            <span>{t('prepare.newColumn')}</span>
            <input id={controlId(board.id, 'new-column')} value={newColumn} onChange={(e) => setNewColumn(e.target.value)} maxLength={LIMITS.columnTitleMaxChars} disabled={full} required />
          </label>
          <button type="submit" disabled={full} aria-label={t('prepare.addColumnTo', { title: board.title })}>
            {t('prepare.addColumn')}
          </button>
        </form>
      </details>
    </li>
  );
}

function MoveButtons({ id, name, first, last, onMove }: { id: string; name: string; first: boolean; last: boolean; onMove: (step: -1 | 1) => void }) {
  const { t } = useTranslation();
  return (
    <span className="prepare-move">
      <button type="button" id={controlId(id, 'up')} disabled={first} onClick={() => onMove(-1)} aria-label={t('prepare.moveUp', { title: name })}>
        ↑
      </button>
      <button type="button" id={controlId(id, 'down')} disabled={last} onClick={() => onMove(1)} aria-label={t('prepare.moveDown', { title: name })}>
        ↓
      </button>
    </span>
  );
}
