import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { LIMITS } from '@shared/limits';
import type { BoardInfo, WorkshopInfo } from '@shared/protocol';
import { api } from '../../api/api-client';
import { failureText } from '../../api/failure-text';
import { moved, structureApi } from '../../api/structure-api';
import type { Session } from '../../identity/identity-store';
import { BoardEditor, controlId, type BoardActions } from './BoardEditor';
import { WorkshopDetailsForm } from './WorkshopDetailsForm';

/**
 * For organisers, before the day (often at the office): the workshop's title, date and place,
 * its boards and their columns, with the rules the server keeps (an archived workshop is
 * read-only, a column holding cards is not deleted, at most 20 columns).
 */
export function PreparePanel({ session, workshop, onChange }: { session: Session; workshop: WorkshopInfo; onChange: (w: WorkshopInfo) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState({ text: '', failed: false });
  const [busy, setBusy] = useState(false);
  const [newBoard, setNewBoard] = useState('');
  const [newColumns, setNewColumns] = useState('');
  // Controls to focus once the new structure is drawn: moved and deleted items leave or move their button.
  const focusAfter = useRef<string[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const token = session.token;

  useEffect(() => {
    const wanted = focusAfter.current;
    if (wanted.length === 0) return;
    focusAfter.current = [];
    const target = wanted.map((id) => document.getElementById(id)).find((el) => el && !(el as HTMLButtonElement).disabled);
    (target ?? headingRef.current)?.focus();
  }, [workshop]);

  /** Runs `change`, then reloads the workshop so that every panel shows the new structure. */
  const run = async (change: () => Promise<unknown>, done: string, focus: string[] = []) => {
    if (busy) return;
    setBusy(true);
    try {
      await change();
      focusAfter.current = focus;
      onChange(await api.workshop(workshop.id, token));
      setStatus({ text: done, failed: false });
    } catch (err) {
      setStatus({ text: failureText(t, err), failed: true });
    } finally {
      setBusy(false);
    }
  };

  const boards = workshop.boards;
  const actions: BoardActions = {
    rename: (board, title) => void run(() => structureApi.renameBoard(board.id, token, title), t('prepare.renamed', { title })),
    move: (board, step) => {
      const order = moved(boards.map((b) => b.id), boards.indexOf(board), step);
      if (order) void run(() => structureApi.reorderBoards(workshop.id, token, order), t('prepare.moved', { title: board.title }), [controlId(board.id, step < 0 ? 'up' : 'down'), controlId(board.id, step < 0 ? 'down' : 'up')]);
    },
    remove: (board) => void run(() => structureApi.removeBoard(board.id, token), t('prepare.boardRemoved', { title: board.title }), ['prepare-boards-title']),
    addColumn: (board, title) => void run(() => structureApi.addColumn(board.id, token, title), t('prepare.columnAdded', { title }), [controlId(board.id, 'new-column')]),
    renameColumn: (board, columnId, title) => void run(() => structureApi.renameColumn(board.id, columnId, token, title), t('prepare.renamed', { title })),
    moveColumn: (board, index, step) => {
      const order = moved(board.columns.map((c) => c.id), index, step);
      const column = board.columns[index]!;
      if (order) void run(() => structureApi.reorderColumns(board.id, token, order), t('prepare.moved', { title: column.title }), [controlId(column.id, step < 0 ? 'up' : 'down'), controlId(column.id, step < 0 ? 'down' : 'up')]);
    },
    removeColumn: (board, columnId) => {
      const column = board.columns.find((c) => c.id === columnId);
      void run(() => structureApi.removeColumn(board.id, columnId, token), t('prepare.columnRemoved', { title: column?.title ?? '' }), [controlId(board.id, 'new-column')]);
    },
  };

  const addBoard = (event: FormEvent) => {
    event.preventDefault();
    const title = newBoard.trim();
    const columns = newColumns.split('\n').map((c) => c.trim()).filter(Boolean).slice(0, LIMITS.maxColumnsPerBoard);
    void run(async () => {
      await structureApi.addBoard(workshop.id, token, title, columns.length > 0 ? columns : [t('prepare.defaultColumn')]);
      setNewBoard('');
      setNewColumns('');
    }, t('prepare.boardAdded', { title }), ['prepare-new-board']);
  };

  const archived = workshop.archivedAt !== null;
  return (
    <section className="panel prepare" aria-labelledby="prepare-title">
      <h2 id="prepare-title" ref={headingRef} tabIndex={-1}>
        {t('prepare.heading')}
      </h2>
      {archived ? (
        <p className="hint">{t('prepare.archived')}</p>
      ) : (
        <>
          <WorkshopDetailsForm key={workshop.title + workshop.date + workshop.place} workshop={workshop} onSave={(details) => void run(() => structureApi.updateWorkshop(workshop.id, token, details), t('prepare.detailsSaved'), ['prepare-save-details'])} />
          <h3 id="prepare-boards-title" tabIndex={-1}>
            {t('prepare.boards')}
          </h3>
          <p className="hint">{t('prepare.boardsHint')}</p>
          <ol className="prepare-boards">
            {boards.map((board: BoardInfo, index) => (
              <BoardEditor key={board.id} board={board} first={index === 0} last={index === boards.length - 1} actions={actions} />
            ))}
          </ol>
          <form className="prepare-add prepare-new-board" onSubmit={addBoard}>
            <label className="field">
              <span>{t('prepare.newBoard')}</span>
              <input id="prepare-new-board" value={newBoard} onChange={(e) => setNewBoard(e.target.value)} maxLength={LIMITS.titleMaxChars} required />
            </label>
            <label className="field">
              <span>{t('prepare.newBoardColumns')}</span>
              <textarea value={newColumns} onChange={(e) => setNewColumns(e.target.value)} rows={3} />
            </label>
            <button type="submit" className="secondary">
              {t('prepare.addBoard')}
            </button>
          </form>
        </>
      )}
      <p role="status" className={status.failed ? 'prepare-status is-error' : 'prepare-status'}>
        {status.text}
      </p>
    </section>
  );
}
