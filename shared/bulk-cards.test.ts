import { describe, expect, it } from 'vitest';
import { BULK_MAX_CARDS, parseBulkCards } from './bulk-cards';
import { LIMITS } from './limits';

describe('parseBulkCards', () => {
  it('makes one card per line, skipping blank lines', () => {
    expect(parseBulkCards('Former les élus\n\n  Prise de parts  \r\nGouvernance partagée\n')).toEqual({
      texts: ['Former les élus', 'Prise de parts', 'Gouvernance partagée'],
      format: 'lines',
      cut: 0,
      dropped: 0,
    });
  });

  it('strips bullets and numbering, and keeps commas in plain lines', () => {
    const pasted = ['- Un réseau local', '• Des élus formés, et motivés', '* Une SCIC', '1. Premier pas', '12) Douzième', '– tiret long'].join('\n');
    expect(parseBulkCards(pasted).texts).toEqual([
      'Un réseau local',
      'Des élus formés, et motivés',
      'Une SCIC',
      'Premier pas',
      'Douzième',
      'tiret long',
    ]);
    // A number that is not a list marker stays.
    expect(parseBulkCards('2026 sera l’année').texts).toEqual(['2026 sera l’année']);
  });

  it('keeps accents and emoji as they are', () => {
    expect(parseBulkCards('Économie sociale 🌱\nCoopération 🤝 à Tours').texts).toEqual(['Économie sociale 🌱', 'Coopération 🤝 à Tours']);
  });

  it('reads a CSV with a texte column, ; separators and quoted multi-line cells', () => {
    const csv = 'auteur;texte;votes\nAlice;"Première idée\nsur deux lignes";3\nBob;"Une idée ; avec ""guillemets""";1\n;;\n';
    expect(parseBulkCards(csv)).toEqual({
      texts: ['Première idée\nsur deux lignes', 'Une idée ; avec "guillemets"'],
      format: 'csv',
      cut: 0,
      dropped: 0,
    });
  });

  it('reads a comma CSV with a text header in any case', () => {
    expect(parseBulkCards('id,Text\n1,"Circuits courts, locaux"\n2,Tiers-lieu').texts).toEqual(['Circuits courts, locaux', 'Tiers-lieu']);
  });

  it('reads quoted cells without a header, taking the first cell of each row', () => {
    expect(parseBulkCards('"Idée sur\ndeux lignes";x\n"Autre idée";y').texts).toEqual(['Idée sur\ndeux lignes', 'Autre idée']);
  });

  it('cuts texts over the card limit without splitting an emoji', () => {
    const long = `${'a'.repeat(LIMITS.cardTextMaxChars - 1)}🌱 et la suite`;
    const result = parseBulkCards(`${long}\ncourt`);
    expect(result.cut).toBe(1);
    expect(result.texts[0]).toBe('a'.repeat(LIMITS.cardTextMaxChars - 1));
    expect(result.texts[1]).toBe('court');
  });

  it('adds at most BULK_MAX_CARDS cards and says how many were left out', () => {
    const result = parseBulkCards(Array.from({ length: BULK_MAX_CARDS + 7 }, (_, i) => `Carte ${i}`).join('\n'));
    expect(result.texts).toHaveLength(BULK_MAX_CARDS);
    expect(result.dropped).toBe(7);
  });

  it('gives nothing for empty or blank input', () => {
    expect(parseBulkCards('')).toEqual({ texts: [], format: 'lines', cut: 0, dropped: 0 });
    expect(parseBulkCards('  \n\n- \n').texts).toEqual([]);
  });
});
