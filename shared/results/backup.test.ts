import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, workshopBackup } from './backup';
import { backupBoard, backupCard } from './backup-fixtures';

/** A backup file as text, with the card's reactions written as given (JSON keeps "__proto__" as a key). */
function file(reactionsJson: string): unknown {
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: 0,
    anonymous: false,
    workshop: { title: 'Atelier', date: null, place: null, createdAt: 0, archivedAt: null, retentionDays: null },
    participants: [],
    boards: [backupBoard({ id: 'b1', title: 'Idées', columns: [{ id: 'c1', title: 'Idées' }], cards: [backupCard({ id: 'k1', column: 'c1', text: 'x' })] })],
  };
  return JSON.parse(JSON.stringify(backup).replace('"reactions":{}', `"reactions":${reactionsJson}`));
}

describe('backup schema', () => {
  it('reads reaction names that are Object.prototype members as plain keys, on no prototype', () => {
    const parsed = workshopBackup.parse(file('{"__proto__":["p1"],"constructor":["p2"],"👍":["p3"]}'));
    const reactions = parsed.boards[0]!.cards[0]!.reactions;
    expect(Object.getPrototypeOf(reactions)).toBe(null);
    // Zod leaves "__proto__" out rather than let it replace the prototype.
    expect(Object.entries(reactions)).toEqual([
      ['constructor', ['p2']],
      ['👍', ['p3']],
    ]);
    expect(reactions.toString).toBeUndefined();
    expect(({} as Record<string, unknown>).p1).toBeUndefined();
  });
});
