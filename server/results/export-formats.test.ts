/** Each renderer on a hand-built backup, its file parsed back with the format's own reader. */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { anonymiseBackup } from '@shared/results/anonymise';
import { exportQuery, type ExportOptions } from '@shared/results/export-formats';
import { docxText } from '../test-support/export-readers';
import { sampleBackup, sampleCard } from '../test-support/sample-backup';
import { renderCsv } from './formats/csv-format';
import { renderDocx } from './formats/docx-format';
import { renderMarkdown } from './formats/markdown-format';
import { CELL_MAX_CHARS, renderXlsx, uniqueSheetName } from './formats/xlsx-format';
import { reportLabels } from './report-labels';
import { outlineBoard, threadComments } from './report-outline';

const options = (query: Record<string, string> = {}): ExportOptions => exportQuery.parse({ format: 'md', ...query });
const NBSP = '\u00a0';

describe('report outline', () => {
  it('orders columns, free cards (and those of a dissolved group) before groups, orphan cards under "Autres"', () => {
    const outline = outlineBoard(sampleBackup().boards[0]!, reportLabels('fr'));
    expect(outline.map((c) => c.title)).toEqual(['Prise de parts', 'Idées', 'Autres']);
    expect(outline[0]!.groups.map((g) => [g.group?.title ?? null, g.cards.map((c) => c.id)])).toEqual([
      [null, ['k2']],
      ['Financement', ['k1']],
    ]);
    expect(outline[2]!.groups[0]!.cards[0]!.text).toBe('Carte orpheline');
  });

  it('threads replies under their comment', () => {
    const comments = sampleBackup().boards[0]!.cards[0]!.comments;
    expect(threadComments([...comments].reverse()).map((c) => [c.comment.id, c.isReply])).toEqual([
      ['m1', false],
      ['m2', true],
    ]);
  });
});

describe('docx', () => {
  it('writes a compte rendu with styles, figures, threads, the roadmap table and synthesis tables', async () => {
    const rendered = await renderDocx(sampleBackup(), options({ format: 'docx' }));
    expect(rendered.extension).toBe('docx');
    const { text, xml } = await docxText(rendered.body);
    for (const expected of [
      'Rencontres ESS Lyon',
      `Compte rendu · 3 décembre 2026 · Lyon, Hôtel de Ville`,
      `Participants${NBSP}: 2`,
      `Cartes${NBSP}: 5`,
      `Votes${NBSP}: 4`,
      `Commentaires${NBSP}: 2`,
      'Gouvernance : élus/SCIC',
      'Financement',
      'Prise de parts à 10 % 🚀 — Zoé Lefèvre · 3 votes · 👍 2, 💡 1',
      `Élodie Müller${NBSP}: Oui, au CA\net en AG`,
      `↳ Zoé Lefèvre${NBSP}: Merci Élodie`,
      'Former les élus; « vite », svp — Élodie Müller · Association — Les Amis du Rail · 1 vote',
      `Coproduction avec les acteurs — Zoé Lefèvre · 0 vote · Tables${NBSP}: Table 1, Table 2`,
    ]) {
      expect(text).toContain(expected);
    }
    // Headings and indents come from styles, and the roadmap is a real table.
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Synthèse/s);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*Feuille de route/s);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*Prise de parts/s);
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:p>).)*Financement/s);
    expect(xml).toContain('w:val="ReportReply"');
    const tables = xml.split('</w:tbl>').map((part) => part.slice(part.indexOf('<w:tbl>')));
    const cells = (table: string) => [...table.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    // Under the figures, cards and votes per kind of structure (the synthesis' copy is not
    // counted again); Zoé named none. Then the most-voted cards and the roadmap.
    expect(cells(tables[0]!)).toEqual(['Type de structure', 'Participants', 'Cartes', 'Votes', 'Association', '1', '1', '1', 'Non précisé', '1', '4', '3']);
    expect(cells(tables[1]!)).toEqual(['Carte', 'Tableau', 'Votes', 'Prise de parts à 10 % 🚀', 'Gouvernance : élus/SCIC', '3', 'Former les élus; « vite », svp', 'Gouvernance : élus/SCIC', '1']);
    // The roadmap's actions are tabled once, in the summary, with their column (a horizon).
    expect(cells(tables[2]!)).toEqual([
      ...['Action', 'Colonne', 'Porteur', 'Partenaires', 'Échéance', 'Statut'],
      ...['Créer une SCIC | pilote', 'Dans les 6 mois', 'Commune — Ville de Lyon', 'Socoop, Épicentre', '30 juin 2027', 'En cours'],
    ]);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
  });

  it('speaks English with lang=en', async () => {
    const { text } = await docxText((await renderDocx(sampleBackup(), options({ format: 'docx', lang: 'en' }))).body);
    expect(text).toContain('Report · 3 December 2026');
    expect(text).toContain('Municipality — Ville de Lyon');
    expect(text).toContain('In progress');
    expect(text).toContain('↳ Zoé Lefèvre: Merci Élodie');
  });
});

describe('xlsx', () => {
  it('writes one sheet per board with a frozen bold filtered header and typed cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(sampleBackup(), options({ format: 'xlsx' }))).body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Gouvernance   élus SCIC'.replace(/\s+/g, ' '), 'Feuille de route', 'Synthèse']);
    const [board, roadmap, synthesis] = workbook.worksheets;
    const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(board!, 1)).toEqual(['Colonne', 'Groupe', 'Texte', 'Auteur', 'Type de structure', 'Organisation', 'Votes', 'Réactions', 'Commentaires', 'Créée le']);
    expect(board!.getRow(1).font?.bold).toBe(true);
    expect(board!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(board!.autoFilter).toBeTruthy();
    // Free card first, then the group, as on the board.
    expect(values(board!, 2).slice(0, 7)).toEqual(['Prise de parts', '', 'Former les élus; « vite », svp', 'Élodie Müller', 'Association', 'Les Amis du Rail', 1]);
    const row = values(board!, 3);
    expect(row.slice(0, 9)).toEqual([
      'Prise de parts',
      'Financement',
      'Prise de parts à 10 % 🚀',
      'Zoé Lefèvre',
      '',
      '',
      3,
      '👍 2, 💡 1',
      `Élodie Müller${NBSP}: Oui, au CA\net en AG\n↳ Zoé Lefèvre${NBSP}: Merci Élodie`,
    ]);
    // 09:30 UTC is 10:30 on the workshop's wall clock.
    expect(row[9]).toEqual(new Date(Date.UTC(2026, 11, 3, 10, 30)));
    expect(board!.getColumn(10).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(board!.getColumn(3).width).toBe(50);
    expect(board!.getCell('C3').alignment?.wrapText).toBe(true);
    expect(values(roadmap!, 1).slice(10)).toEqual(['Porteur', 'Partenaires', 'Échéance', 'Statut']);
    // The due day is a date cell, named as the app names statuses.
    expect(values(roadmap!, 2).slice(10)).toEqual(['Commune — Ville de Lyon', 'Socoop, Épicentre', new Date(Date.UTC(2027, 5, 30)), 'En cours']);
    expect(roadmap!.getColumn(13).numFmt).toBe('dd/mm/yyyy');
    expect(values(synthesis!, 2)[10]).toBe('Table 1, Table 2');
  });

  it('cuts a cell to the length Excel accepts', async () => {
    const backup = sampleBackup();
    const comments = Array.from({ length: 200 }, (_, i) => ({ id: `m${i}`, author: 'p-elo', authorName: 'Élodie Müller', text: 'é'.repeat(500), createdAt: i, replyTo: null }));
    backup.boards[2]!.cards.push(sampleCard({ id: 'long', column: 'c-s', text: 'Très discutée', comments }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(backup, options({ format: 'xlsx' }))).body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Synthèse')!;
    expect(sheet.getCell('C2').value).toBe('Très discutée');
    const cell = String(sheet.getCell('I2').value);
    expect(cell).toHaveLength(CELL_MAX_CHARS);
    expect(cell.endsWith('é…')).toBe(true);
  });

  it('makes sheet names Excel accepts: short, clean, unique ignoring case', () => {
    const taken = new Set<string>();
    const long = 'Enseignements des SCIC du territoire lyonnais 🚀';
    const first = uniqueSheetName(long, taken, 'Tableau 1');
    const second = uniqueSheetName(long.toUpperCase(), taken, 'Tableau 2');
    expect([...first].length).toBeLessThanOrEqual(31);
    expect(second).toMatch(/ \(2\)$/);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName("'[Q1]: a/b*c?\\d'", taken, 'x')).toBe('Q1 a b c d');
    expect(uniqueSheetName('  ::  ', taken, 'Tableau 3')).toBe('Tableau 3');
  });
});

describe('csv', () => {
  const parse = (body: Buffer, delimiter: string) => {
    const text = body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    return Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true }).data;
  };

  it('writes UTF-8 with a BOM, semicolons and quoted multi-line cells, one row per card', () => {
    const rendered = renderCsv(sampleBackup(), options({ format: 'csv' }));
    expect(rendered.contentType).toBe('text/csv; charset=utf-8');
    const rows = parse(rendered.body, ';');
    expect(rows[0]).toEqual(['Tableau', 'Table', 'Colonne', 'Groupe', 'Texte', 'Auteur', 'Type de structure', 'Organisation', 'Votes', 'Réactions', 'Commentaires', 'Créée le', 'Porteur', 'Partenaires', 'Échéance', 'Statut']);
    expect(rows).toHaveLength(1 + 6);
    expect(rows[2]).toEqual([
      'Gouvernance : élus/SCIC',
      '',
      'Prise de parts',
      'Financement',
      'Prise de parts à 10 % 🚀',
      'Zoé Lefèvre',
      '',
      '',
      '3',
      '👍 2, 💡 1',
      `Élodie Müller${NBSP}: Oui, au CA\net en AG\n↳ Zoé Lefèvre${NBSP}: Merci Élodie`,
      '2026-12-03 10:30',
      '',
      '',
      '',
      '',
    ]);
    // A formula-looking cell is neutralised for spreadsheet software.
    expect(rows[3]![4]).toBe("'=1+1 | une formule ?");
    // The due day in ISO form, which spreadsheet software reads as a date.
    expect(rows[5]!.slice(12)).toEqual(['Commune — Ville de Lyon', 'Socoop, Épicentre', '2027-06-30', 'En cours']);
    expect(rows[6]![1]).toBe('Table 1, Table 2');
  });

  it('uses commas with separator=comma, quoting cells that hold one', () => {
    const text = renderCsv(sampleBackup(), options({ format: 'csv', separator: 'comma' })).body.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFTableau,Table,Colonne,Groupe,Texte,Auteur,Type de structure,Organisation,Votes,Réactions,Commentaires,Créée le,Porteur,Partenaires,Échéance,Statut');
    expect(text).toContain('"Former les élus; « vite », svp"');
    expect(parse(Buffer.from(text, 'utf8'), ',')[1]![4]).toBe('Former les élus; « vite », svp');
  });
});

describe('markdown', () => {
  it('writes headings, cards with author and votes, nested comments and an escaped roadmap table', () => {
    const rendered = renderMarkdown(sampleBackup(), options());
    expect(rendered.contentType).toBe('text/markdown; charset=utf-8');
    const md = rendered.body.toString('utf8');
    expect(md.startsWith('# Rencontres ESS Lyon\n\n*3 décembre 2026 · Lyon, Hôtel de Ville*\n')).toBe(true);
    expect(md).toContain('### Participation\n\n2 participants, 5 cartes, 4 votes, 2 commentaires\n');
    expect(md).toContain(
      [
        '### Prise de parts',
        '',
        '- Former les élus; « vite », svp — Élodie Müller (Association — Les Amis du Rail · 1 vote)',
        '',
        '#### Financement',
        '',
        '- Prise de parts à 10 % 🚀 — Zoé Lefèvre (3 votes · 👍 2, 💡 1)',
        `  - Élodie Müller${NBSP}: Oui, au CA`,
        '    et en AG',
        `    - ↳ Zoé Lefèvre${NBSP}: Merci Élodie`,
      ].join('\n'),
    );
    expect(md).toContain('### Feuille de route\n\n| Action | Colonne | Porteur | Partenaires | Échéance | Statut |\n| --- | --- | --- | --- | --- | --- |\n');
    expect(md).toContain('| Créer une SCIC \\| pilote | Dans les 6 mois | Commune — Ville de Lyon | Socoop, Épicentre | 30 juin 2027 | En cours |');
    expect(md).not.toMatch(/^## Feuille de route$/m);
    expect(md).toContain(`- Coproduction avec les acteurs — Zoé Lefèvre (0 vote · Tables${NBSP}: Table 1, Table 2)`);
  });

  it('shows "Participant N" and no real name once anonymised', () => {
    const md = renderMarkdown(anonymiseBackup(sampleBackup()), options()).body.toString('utf8');
    expect(md).toContain('- Prise de parts à 10 % 🚀 — Participant 1 (3 votes');
    expect(md).toContain(`    - ↳ Participant 1${NBSP}: Merci Élodie`);
    expect(md).not.toContain('Zoé');
    expect(md).not.toContain('Müller');
    expect(md).toContain('Participant N');
  });
});
