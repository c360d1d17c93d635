/** The report's opening page and reading order, and the words it shares with the app. */
import { describe, expect, it } from 'vitest';
import { backupBoard } from '@shared/results/backup-fixtures';
import { enPages } from '../../client/src/i18n/en-pages';
import { frPages } from '../../client/src/i18n/fr-pages';
import { sampleBackup, sampleCard } from '../test-support/sample-backup';
import { reportLabels } from './report-labels';
import { outlineBoard, reportBoards } from './report-outline';
import { reportSummary } from './report-summary';

const fr = reportLabels('fr');

/** The sample, with the staff who took an invitation and a few more voted cards. */
function workshop() {
  const backup = sampleBackup();
  backup.participants.push(
    { id: 'f1', name: 'Facilitatrice', joinedAt: 5, role: 'facilitator' },
    { id: 'v1', name: 'Écran', joinedAt: 6, role: 'viewer' },
    { id: 'p3', name: 'Léo', joinedAt: 7, role: 'participant' },
  );
  const more = Array.from({ length: 12 }, (_, i) => sampleCard({ id: `t${i}`, column: 'c1', order: `b${String(i).padStart(2, '0')}`, text: `Idée ${i}`, votes: 2 }));
  backup.boards.push(backupBoard({ id: 'b-t1', title: 'Atelier', table: 'Table 1', columns: [{ id: 'c1', title: 'Idées' }], cards: more }));
  return backup;
}

describe('reportSummary', () => {
  const summary = reportSummary(workshop(), fr);

  it('counts the participants who joined by the code, and each card once', () => {
    // Two of the sample (no role: an older backup), Léo; not the facilitator nor the screen.
    // 4 + 1 action + 12 cards: the synthesis' copy is not counted again.
    expect(summary.participation).toEqual({ participants: 3, cards: 17, votes: 4 + 24, comments: 2 });
  });

  it('ranks the ten most-voted cards, ties in board order, naming the table', () => {
    const [header, ...rows] = summary.topCards!.rows;
    expect(header).toEqual(['Carte', 'Tableau', 'Votes']);
    expect(rows).toHaveLength(10);
    expect(rows.slice(0, 3)).toEqual([
      ['Prise de parts à 10 % 🚀', 'Gouvernance : élus/SCIC', '3'],
      ['Idée 0', 'Atelier (Table 1)', '2'],
      ['Idée 1', 'Atelier (Table 1)', '2'],
    ]);
    expect(summary.topCards!.caption).toBe('Les cartes les plus votées');
    expect(summary.topCards!.description).toBe('Une ligne par carte\u00a0: Carte, Tableau, Votes.');
  });

  it('tables the roadmap with the statuses named as in the app', () => {
    expect(summary.roadmap!.rows).toEqual([
      ['Action', 'Colonne', 'Porteur', 'Partenaires', 'Échéance', 'Statut'],
      ['Créer une SCIC | pilote', 'Dans les 6 mois', 'Commune — Ville de Lyon', 'Socoop, Épicentre', '30 juin 2027', 'En cours'],
    ]);
    expect(summary.roadmap!.caption).toBe('Feuille de route');
  });

  it('cuts a long card in the ranking, by code point', () => {
    const backup = sampleBackup();
    backup.boards[0]!.cards[0]!.text = `${'🚀'.repeat(150)} fin`;
    const [, first] = reportSummary(backup, fr).topCards!.rows;
    expect(first![0]).toBe(`${'🚀'.repeat(139)}…`);
  });

  it('has no ranking without votes, no roadmap without actions', () => {
    const quiet = sampleBackup();
    quiet.boards = quiet.boards.filter((b) => b.kind !== 'roadmap').map((b) => ({ ...b, cards: b.cards.map((c) => ({ ...c, votes: 0 })) }));
    const empty = reportSummary(quiet, fr);
    expect(empty.topCards).toBeNull();
    expect(empty.roadmap).toBeNull();
  });
});

describe('report reading order', () => {
  it('prints the syntheses first, then the boards that hold cards in the workshop order, not the roadmap (the summary tables it)', () => {
    const backup = workshop();
    backup.boards.push(backupBoard({ id: 'b-empty', title: 'Vide', columns: [{ id: 'c', title: 'Rien' }], cards: [] }));
    expect(reportBoards(backup).map((b) => b.id)).toEqual(['b-synth', 'b-gouv', 'b-t1']);
  });

  it('leaves out the columns without cards', () => {
    const board = backupBoard({
      id: 'b',
      title: 'Tableau',
      columns: [
        { id: 'c1', title: 'Vide' },
        { id: 'c2', title: 'Pleine' },
      ],
      cards: [sampleCard({ id: 'k', column: 'c2', text: 'Une carte' })],
    });
    expect(outlineBoard(board, fr).map((c) => c.title)).toEqual(['Pleine']);
  });
});

describe('report words', () => {
  it('names roadmap statuses and lead kinds as the app does, in both languages', () => {
    expect(reportLabels('fr').statuses).toEqual(frPages.roadmap.statuses);
    expect(reportLabels('en').statuses).toEqual(enPages.roadmap.statuses);
    expect(reportLabels('fr').leadKinds).toEqual(frPages.roadmap.leadKinds);
    expect(reportLabels('en').leadKinds).toEqual(enPages.roadmap.leadKinds);
  });
});
