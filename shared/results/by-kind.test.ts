import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type WorkshopBackup } from './backup';
import { backupBoard, backupCard } from './backup-fixtures';
import { figuresByKind, tallyByKind } from './by-kind';

describe('tallyByKind', () => {
  it('sums cards and the votes they received per kind, in the list order, "not given" last', () => {
    const rows = tallyByKind(
      [
        { kind: 'scic', votes: 2 },
        { kind: null, votes: 1 },
        { kind: 'commune', votes: 0 },
        { kind: 'scic', votes: 3 },
      ],
      ['commune', 'scic', 'scic', null, 'region'],
    );
    expect(rows).toEqual([
      { kind: 'commune', participants: 1, cards: 1, votes: 0 },
      { kind: 'region', participants: 1, cards: 0, votes: 0 },
      { kind: 'scic', participants: 2, cards: 2, votes: 5 },
      { kind: null, participants: 1, cards: 1, votes: 1 },
    ]);
  });

  it('leaves out the kinds nobody spoke for', () => {
    expect(tallyByKind([])).toEqual([]);
  });
});

describe('figuresByKind', () => {
  it('reads the kinds the export resolved on every board, and older backups as "not given"', () => {
    const column = [{ id: 'c', title: 'Idées' }];
    const backup: WorkshopBackup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: 0,
      anonymous: false,
      workshop: { title: 'Rencontre', date: null, place: null, createdAt: 0, archivedAt: null, retentionDays: null },
      participants: [
        { id: 'p1', name: 'Zoé', joinedAt: 0, kind: 'departement', organisation: 'Département de la Gironde' },
        { id: 'p2', name: 'Léo', joinedAt: 1 },
      ],
      boards: [
        backupBoard({ id: 'b1', title: 'A', columns: column, cards: [backupCard({ id: 'x', column: 'c', text: 'x', authorKind: 'departement', votes: 4 })] }),
        backupBoard({
          id: 'b2',
          title: 'B',
          columns: column,
          cards: [backupCard({ id: 'y', column: 'c', text: 'y', authorKind: 'departement', votes: 1 }), backupCard({ id: 'z', column: 'c', text: 'z', votes: 2 })],
        }),
      ],
    };
    expect(figuresByKind(backup)).toEqual([
      { kind: 'departement', participants: 1, cards: 2, votes: 5 },
      { kind: null, participants: 1, cards: 1, votes: 2 },
    ]);
  });
});
