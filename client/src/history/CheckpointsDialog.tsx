/**
 * The board's history: checkpoints by time and reason ("10 h 45 — avant la révélation des
 * votes"), each with *Revenir à ce point*, asked again before it is done.
 */
import { useCallback } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { CheckpointEntry } from '@shared/history';
import { historyApi } from '../api/history-api';
import { ConfirmButton } from '../components/ConfirmButton';
import { HistoryDialog } from './HistoryDialog';
import { useHistoryList } from './use-history-list';
import { momentText } from './when';

interface Props {
  boardId: string;
  token: string;
  onClose: () => void;
}

export function CheckpointsDialog({ boardId, token, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const load = useCallback(async () => (await historyApi.checkpoints(boardId, token)).checkpoints, [boardId, token]);
  const { items, loadedAt, status, busy, act } = useHistoryList<CheckpointEntry>(load);
  const when = (at: number) => momentText(t, at, loadedAt, i18n.language);
  const revert = async (checkpoint: CheckpointEntry) => {
    await act(async () => {
      await historyApi.revert(boardId, checkpoint.id, token);
      return t('history.checkpoints.reverted', { time: when(checkpoint.takenAt) });
    });
  };

  return (
    <HistoryDialog
      title={t('history.checkpoints.title')}
      hint={t('history.checkpoints.hint')}
      items={items}
      empty={t('history.checkpoints.empty')}
      status={status}
      onClose={onClose}
    >
      {items && (
        <ul className="history-list">
          {items.map((checkpoint) => {
            const time = when(checkpoint.takenAt);
            return (
              <li key={checkpoint.id} className="history-item">
                <div className="history-item-body">
                  <p className="history-item-text">
                    {t('history.checkpoints.entry', { time, reason: t(`history.checkpoints.reasons.${checkpoint.reason}`) })}
                  </p>
                  <p className="history-item-meta">{t('history.checkpoints.cards', { count: checkpoint.cards })}</p>
                </div>
                <ConfirmButton
                  label={t('history.checkpoints.revert')}
                  question={t('history.checkpoints.revertQuestion', { time })}
                  confirmLabel={t('history.checkpoints.revertYes', { time })}
                  cancelLabel={t('history.checkpoints.cancel')}
                  disabled={busy}
                  onConfirm={() => void revert(checkpoint)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </HistoryDialog>
  );
}
