/** The Corbeille: the board's deleted cards, newest first, each with *Restaurer*. */
import { useCallback } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { TrashEntry } from '@shared/history';
import type { ColumnInfo } from '@shared/protocol';
import { historyApi } from '../api/history-api';
import { HistoryDialog } from './HistoryDialog';
import { useHistoryList } from './use-history-list';
import { momentText } from './when';

interface Props {
  boardId: string;
  token: string;
  columns: readonly ColumnInfo[];
  onClose: () => void;
}

export function TrashDialog({ boardId, token, columns, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const load = useCallback(async () => (await historyApi.trash(boardId, token)).entries, [boardId, token]);
  const { items, loadedAt, status, busy, act } = useHistoryList<TrashEntry>(load);
  const when = (at: number) => momentText(t, at, loadedAt, i18n.language);
  const columnTitle = (id: string) => columns.find((c) => c.id === id)?.title ?? t('history.trash.noColumn');
  const restore = async (entry: TrashEntry) => {
    await act(async () => {
      await historyApi.restoreCard(boardId, entry.id, token);
      return t('history.trash.restored', { text: shortText(entry.text) || t('history.trash.emptyText') });
    }, t('history.trash.exists'));
  };

  return (
    <HistoryDialog
      title={t('history.trash.title')}
      hint={t('history.trash.hint')}
      items={items}
      empty={t('history.trash.empty')}
      status={status}
      onClose={onClose}
    >
      {items && (
        <ul className="history-list">
          {items.map((entry) => (
            <li key={entry.id} className="history-item">
              <div className="history-item-body">
                <p className="history-item-text">{entry.text || t('history.trash.emptyText')}</p>
                <p className="history-item-meta">
                  {[
                    t('history.trash.column', { column: columnTitle(entry.column) }),
                    entry.authorName ? t('history.trash.author', { name: entry.authorName }) : null,
                    entry.comments > 0 ? t('history.trash.comments', { count: entry.comments }) : null,
                    entry.deletedByName
                      ? t('history.trash.deletedBy', { time: when(entry.deletedAt), name: entry.deletedByName })
                      : t('history.trash.deletedAt', { time: when(entry.deletedAt) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
              <button
                type="button"
                disabled={busy}
                aria-label={t('history.trash.restoreLabel', { text: shortText(entry.text) || t('history.trash.emptyText') })}
                onClick={() => void restore(entry)}
              >
                {t('history.trash.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </HistoryDialog>
  );
}

/** A card's first words, for a button's name and an announcement. */
function shortText(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
