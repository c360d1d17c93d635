/**
 * Hand-built workshop backups for the export tests and the export benchmark: accents, emoji,
 * pipes, multi-line text, a reply, a group, a roadmap action, a synthesis card, and one
 * author who said what structure she speaks for.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupBoard, type BackupCard, type WorkshopBackup } from '@shared/results/backup';
import { backupBoard, backupCard } from '@shared/results/backup-fixtures';
import { LEAD_KINDS, ROADMAP_STATUSES } from '@shared/roadmap';

const T0 = Date.UTC(2026, 11, 3, 9, 30); // 10:30 in Lyon

export function sampleCard(card: Partial<BackupCard> & Pick<BackupCard, 'id' | 'column' | 'text'>): BackupCard {
  return backupCard({ author: 'p-zoe', authorName: 'Zoé Lefèvre', createdAt: T0, ...card });
}

const board = backupBoard;

export function sampleBackup(): WorkshopBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: T0,
    anonymous: false,
    workshop: { title: 'Rencontres ESS Lyon', date: '2026-12-03', place: 'Lyon, Hôtel de Ville', createdAt: T0, archivedAt: null, retentionDays: null },
    participants: [
      { id: 'p-zoe', name: 'Zoé Lefèvre', joinedAt: T0 },
      { id: 'p-elo', name: 'Élodie Müller', joinedAt: T0 + 1, kind: 'association', organisation: 'Les Amis du Rail' },
    ],
    boards: [
      board({
        id: 'b-gouv',
        title: 'Gouvernance : élus/SCIC',
        columns: [
          { id: 'c-parts', title: 'Prise de parts' },
          { id: 'c-idees', title: 'Idées' },
        ],
        groups: [{ id: 'g-fin', title: 'Financement', column: 'c-parts', order: 'a0', collapsed: false }],
        cards: [
          sampleCard({
            id: 'k1',
            column: 'c-parts',
            group: 'g-fin',
            text: 'Prise de parts à 10 % 🚀',
            votes: 3,
            reactions: { '👍': ['p-zoe', 'p-elo'], '💡': ['p-elo'] },
            comments: [
              { id: 'm1', author: 'p-elo', authorName: 'Élodie Müller', text: 'Oui, au CA\net en AG', createdAt: T0 + 60_000, replyTo: null },
              { id: 'm2', author: 'p-zoe', authorName: 'Zoé Lefèvre', text: 'Merci Élodie', createdAt: T0 + 120_000, replyTo: 'm1' },
            ],
          }),
          sampleCard({
            id: 'k2',
            column: 'c-parts',
            group: 'g-dissolved',
            author: 'p-elo',
            authorName: 'Élodie Müller',
            authorKind: 'association',
            authorOrganisation: 'Les Amis du Rail',
            text: 'Former les élus; « vite », svp',
            votes: 1,
          }),
          sampleCard({ id: 'k3', column: 'c-idees', text: '=1+1 | une formule ?' }),
          sampleCard({ id: 'k4', column: 'c-gone', text: 'Carte orpheline' }),
        ],
        votes: [
          { participantId: 'p-zoe', cardId: 'k1' },
          { participantId: 'p-elo', cardId: 'k1' },
          { participantId: 'p-elo', cardId: 'k1' },
          { participantId: 'p-zoe', cardId: 'k2' },
        ],
      }),
      board({
        id: 'b-route',
        title: 'Feuille de route',
        kind: 'roadmap',
        columns: [{ id: 'c-6m', title: 'Dans les 6 mois' }],
        cards: [
          sampleCard({
            id: 'r1',
            column: 'c-6m',
            text: 'Créer une SCIC | pilote',
            roadmap: { leadKind: 'commune', leadName: 'Ville de Lyon', partners: 'Socoop, Épicentre', due: '2027-06-30', status: 'doing', links: [] },
          }),
        ],
      }),
      board({
        id: 'b-synth',
        title: 'Synthèse',
        kind: 'synthesis',
        columns: [{ id: 'c-s', title: 'Ce qui marche' }],
        cards: [sampleCard({ id: 's1', column: 'c-s', text: 'Coproduction avec les acteurs', tables: ['Table 1', 'Table 2'] })],
      }),
    ],
  };
}

/** A large workshop for the benchmark: `cards` cards over four boards, one a roadmap. */
export function largeBackup(cards: number): WorkshopBackup {
  const base = sampleBackup();
  const participants = Array.from({ length: 120 }, (_, i) => ({ id: `p${i}`, name: `Personne ${i} Lefèvre`, joinedAt: T0 + i }));
  const boards = Array.from({ length: 4 }, (_, b): BackupBoard => {
    const roadmap = b === 3;
    const columns = Array.from({ length: 5 }, (_, c) => ({ id: `c${b}-${c}`, title: `Colonne ${c} — thème n°${c}` }));
    const own = Array.from({ length: Math.ceil(cards / 4) }, (_, i): BackupCard => {
      const author = participants[i % participants.length]!;
      return sampleCard({
        id: `k${b}-${i}`,
        column: columns[i % columns.length]!.id,
        group: i % 7 === 0 ? `g${b}-${i % 5}` : null,
        order: `a${String(i).padStart(5, '0')}`,
        text: `Proposition ${i} : développer la coopération à l’échelle du territoire 🌱`,
        author: author.id,
        authorName: author.name,
        createdAt: T0 + i * 1000,
        votes: i % 6,
        reactions: { '👍': participants.slice(0, i % 4).map((p) => p.id), '💡': i % 3 === 0 ? [author.id] : [] },
        comments: Array.from({ length: i % 3 }, (_, m) => ({
          id: `m${b}-${i}-${m}`,
          author: participants[(i + m + 1) % participants.length]!.id,
          authorName: participants[(i + m + 1) % participants.length]!.name,
          text: `Commentaire ${m} sur la proposition ${i}`,
          createdAt: T0 + i * 1000 + m,
          replyTo: m === 1 ? `m${b}-${i}-0` : null,
        })),
        roadmap: roadmap
          ? { leadKind: LEAD_KINDS[i % LEAD_KINDS.length]!, leadName: `Collectivité ${i}`, partners: 'SCIC Socoop', due: '2027-03-31', status: ROADMAP_STATUSES[i % 3]!, links: [] }
          : null,
      });
    });
    const groups = columns.map((col, g) => ({ id: `g${b}-${g}`, title: `Groupe ${g}`, column: col.id, order: `a${g}`, collapsed: false }));
    return board({ id: `b${b}`, title: roadmap ? 'Feuille de route' : `Atelier ${b}`, kind: roadmap ? 'roadmap' : 'board', columns, groups, cards: own.slice(0, cards - b * Math.ceil(cards / 4)) });
  });
  return { ...base, participants, boards };
}
