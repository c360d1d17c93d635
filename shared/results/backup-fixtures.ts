/** Backup cards and boards with every field defaulted, for tests and the export benchmark. */
import type { BackupBoard, BackupCard } from './backup';

export function backupCard(card: Partial<BackupCard> & Pick<BackupCard, 'id' | 'column' | 'text'>): BackupCard {
  return {
    group: null,
    order: card.id,
    color: 'yellow',
    author: '',
    authorName: '',
    createdAt: 0,
    votes: 0,
    reactions: {},
    comments: [],
    roadmap: null,
    tables: [],
    ...card,
  };
}

export function backupBoard(board: Partial<BackupBoard> & Pick<BackupBoard, 'id' | 'title' | 'columns' | 'cards'>): BackupBoard {
  return { kind: 'board', table: null, sourceBoardId: null, groups: [], votes: [], ...board };
}
