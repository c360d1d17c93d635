/**
 * The *Corbeille* (facilitators and organisers) and *Historique* (organisers) of a board:
 * two buttons, each opening its dialog. The server checks the same roles.
 */
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ColumnInfo } from '@shared/protocol';
import { CheckpointsDialog } from './CheckpointsDialog';
import { TrashDialog } from './TrashDialog';
import './history.css';

interface Props {
  boardId: string;
  token: string;
  /** The board's columns, to name where a deleted card was. */
  columns: readonly ColumnInfo[];
  canRestoreTrash: boolean;
  canRevert: boolean;
}

export function BoardHistoryTools({ boardId, token, columns, canRestoreTrash, canRevert }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'trash' | 'checkpoints' | null>(null);
  if (!canRestoreTrash && !canRevert) return null;
  const close = () => setOpen(null);
  return (
    <div className="history-tools">
      {canRestoreTrash && (
        <button type="button" className="secondary" aria-haspopup="dialog" onClick={() => setOpen('trash')}>
          {t('history.trashButton')}
        </button>
      )}
      {canRevert && (
        <button type="button" className="secondary" aria-haspopup="dialog" onClick={() => setOpen('checkpoints')}>
          {t('history.checkpointsButton')}
        </button>
      )}
      {open === 'trash' && <TrashDialog boardId={boardId} token={token} columns={columns} onClose={close} />}
      {open === 'checkpoints' && <CheckpointsDialog boardId={boardId} token={token} onClose={close} />}
    </div>
  );
}
