import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type WorkshopBackup } from '@shared/results/backup';
import { backupBoard, backupCard } from '@shared/results/backup-fixtures';
import { PUBLICATION_LIMITS } from '@shared/publication';
import { buildRestitution } from './build-restitution';

const columns = [
  { id: 'c1', title: 'Ce qui marche' },
  { id: 'c2', title: 'Difficultés' },
];
const author = (id: string, kind: 'commune' | 'scic' | null) => ({ author: id, authorName: `Nom de ${id}`, authorKind: kind, authorOrganisation: kind ? `Orga de ${id}` : null });

function backup(): WorkshopBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: 0,
    anonymous: false,
    workshop: { title: 'Rencontres ESS', date: '2026-11-29', place: 'Tours', createdAt: 0, archivedAt: null, retentionDays: null },
    participants: [
      { id: 'p1', name: 'Zoé Lefèvre', joinedAt: 0, kind: 'commune', organisation: 'Ville de Tours' },
      { id: 'p2', name: 'Léo Martin', joinedAt: 0, kind: 'scic', organisation: 'Scic Énergies' },
      { id: 'p3', name: 'Inès Roy', joinedAt: 0, kind: null, organisation: null },
    ],
    boards: [
      backupBoard({
        id: 'b1',
        title: 'Table 1',
        columns,
        cards: [
          backupCard({ id: 'k1', column: 'c1', text: 'Un guichet unique', votes: 3, ...author('p1', 'commune') }),
          backupCard({ id: 'k2', column: 'c2', text: 'Des marchés trop lourds', votes: 5, ...author('p2', 'scic') }),
          backupCard({ id: 'k3', column: 'gone', text: 'Colonne supprimée', votes: 1, ...author('p3', null) }),
          backupCard({ id: 'k4', column: 'c1', text: '   ', votes: 9, ...author('p3', null) }),
        ],
        votes: [{ participantId: 'p1', cardId: 'k2' }],
      }),
      backupBoard({
        id: 'b2',
        title: 'Synthèse',
        kind: 'synthesis',
        columns,
        cards: [backupCard({ id: 's1', column: 'c2', text: 'Des marchés trop lourds', votes: 5, ...author('p2', 'scic'), tables: ['Table 1'] })],
      }),
      backupBoard({
        id: 'b3',
        title: 'Feuille de route',
        kind: 'roadmap',
        columns,
        cards: [
          backupCard({
            id: 'r1',
            column: 'c1',
            text: 'Ouvrir un guichet',
            ...author('p1', 'commune'),
            roadmap: { leadKind: 'commune', leadName: 'Tours Métropole', partners: 'Cap Emploi', due: '2027-06-01', status: 'doing', links: ['b1/k1'] },
          }),
        ],
      }),
    ],
  };
}

describe('buildRestitution', () => {
  it('holds the workshop, participation by kind, the synthesis, top cards, roadmap and chosen boards', () => {
    const r = buildRestitution(backup(), { boards: ['b1', 'unknown'], indexable: false });
    expect(r.workshop).toEqual({ title: 'Rencontres ESS', date: '2026-11-29', place: 'Tours' });
    expect(r.participation).toEqual([
      { kind: 'commune', participants: 1, cards: 1, votes: 3 },
      { kind: 'scic', participants: 1, cards: 1, votes: 5 },
      { kind: null, participants: 1, cards: 1, votes: 1 },
    ]);
    expect(r.synthesis).toEqual([{ title: 'Synthèse', omitted: 0, columns: [{ title: 'Ce qui marche', cards: [] }, { title: 'Difficultés', cards: [{ text: 'Des marchés trop lourds', kind: 'scic', votes: 5 }] }] }]);
    // The synthesis repeats a table's votes: only working boards rank, blank cards never.
    expect(r.topCards.map((c) => [c.text, c.votes, c.board, c.column])).toEqual([
      ['Des marchés trop lourds', 5, 'Table 1', 'Difficultés'],
      ['Un guichet unique', 3, 'Table 1', 'Ce qui marche'],
      ['Colonne supprimée', 1, 'Table 1', null],
    ]);
    expect(r.roadmap).toEqual([{ text: 'Ouvrir un guichet', leadKind: 'commune', leadName: 'Tours Métropole', partners: 'Cap Emploi', due: '2027-06-01', status: 'doing' }]);
    expect(r.boards.map((b) => b.title)).toEqual(['Table 1']);
    expect(r.boards[0]?.columns.map((c) => [c.title, c.cards.length])).toEqual([
      ['Ce qui marche', 1],
      ['Difficultés', 1],
      [null, 1],
    ]);
    expect(r.indexable).toBe(false);
  });

  it('carries no name, organisation of a participant, id or link', () => {
    const text = JSON.stringify(buildRestitution(backup(), { boards: ['b1', 'b2', 'b3'], indexable: true }));
    for (const secret of ['Zoé', 'Léo', 'Inès', 'Nom de', 'Orga de', 'Scic Énergies', 'Ville de Tours', '"p1"', 'b1/k1', '"k1"', 'author']) {
      expect(text, secret).not.toContain(secret);
    }
  });

  it('bounds a board, the top cards and the roadmap', () => {
    const many = backup();
    const cards = Array.from({ length: PUBLICATION_LIMITS.cardsPerBoard + 7 }, (_, i) =>
      backupCard({ id: `m${String(i).padStart(4, '0')}`, column: 'c1', text: `Carte ${i}`, votes: 1 }),
    );
    many.boards[0] = backupBoard({ id: 'b1', title: 'Table 1', columns, cards });
    const r = buildRestitution(many, { boards: ['b1'], indexable: false });
    expect(r.boards[0]?.columns[0]?.cards).toHaveLength(PUBLICATION_LIMITS.cardsPerBoard);
    expect(r.boards[0]?.omitted).toBe(7);
    expect(r.topCards).toHaveLength(PUBLICATION_LIMITS.topCards);
    expect(r.topCards[0]?.text).toBe('Carte 0');
  });
});
