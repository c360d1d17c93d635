import { describe, expect, it } from 'vitest';
import { guessSeparator, readCsv } from './csv-rows';

describe('reading pasted CSV', () => {
  it('keeps separators, line breaks and doubled quotes inside quoted cells', () => {
    const input = 'texte;auteur\r\n"Un ; deux";Léa\n"Sur deux\nlignes";"Il a dit ""oui"""\n';
    expect(readCsv(input, ';')).toEqual({
      rows: [
        ['texte', 'auteur'],
        ['Un ; deux', 'Léa'],
        ['Sur deux\nlignes', 'Il a dit "oui"'],
      ],
      unclosedQuote: false,
    });
  });

  it('leaves out blank rows and says when a quote is never closed', () => {
    expect(readCsv('a,b\n\n ,\nc,d', ',').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(readCsv('"L’idée de Paul\nautre', ',').unclosedQuote).toBe(true);
  });

  it('guesses the separator that gives steady rows of several cells', () => {
    expect(guessSeparator('a;b;c\nd;e;f')).toBe(';');
    expect(guessSeparator('a\tb\nc\td')).toBe('\t');
    expect(guessSeparator('"x, y";z\n"w";v')).toBe(';');
    expect(guessSeparator('a,b\nc,d')).toBe(',');
    expect(guessSeparator('une seule colonne\nencore')).toBe(',');
  });
});
