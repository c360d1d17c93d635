import { describe, expect, it } from 'vitest';
import { CARD_LAYOUT, FONT_PX, fitCardFont, linesOf } from './font-fit';

const sentence = { text: 'Les élus ne connaissent pas les SCIC', facts: 'Couleur : Jaune' };
const board = (perColumn: number, columns = 4) => Array.from({ length: columns }, () => Array.from({ length: perColumn }, () => sentence));
// The cards' area of a 1920×1080 projector under its header and column headings.
const fullHd = { width: 1856, height: 820, columnGapPx: 24, minColumnPx: 240 };

describe('wrapping', () => {
  it('wraps at spaces and counts paragraphs', () => {
    expect(linesOf('un deux trois', 7)).toBe(2);
    expect(linesOf('un\ndeux', 20)).toBe(2);
    expect(linesOf('', 10)).toBe(1);
  });

  it('breaks a word longer than a line', () => {
    expect(linesOf('abcdefghij', 4)).toBe(3);
    expect(linesOf('ab abcdefghij', 4)).toBe(4);
  });
});

describe('card text size on the projector', () => {
  it('grows large when there are few cards, up to its maximum', () => {
    expect(fitCardFont({ ...fullHd, columns: board(2) })).toBeGreaterThanOrEqual(48);
    expect(fitCardFont({ ...fullHd, columns: [[{ text: 'Oui', facts: '' }]] })).toBe(FONT_PX.max);
  });

  it('stays at 24 px or more at 1920×1080 while the cards fit', () => {
    expect(fitCardFont({ ...fullHd, columns: board(6) })).toBeGreaterThanOrEqual(24);
  });

  it('shrinks as a column fills, down to the floor, then the board scrolls', () => {
    const sizes = [4, 8, 12, 40].map((n) => fitCardFont({ ...fullHd, columns: board(n) }));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(sizes[0]).toBeGreaterThan(sizes[2]!);
    expect(sizes[3]).toBe(FONT_PX.floor);
  });

  it('never breaks a word while a smaller size keeps it whole', () => {
    const px = fitCardFont({ ...fullHd, columns: [[{ text: 'Intercommunalités', facts: '' }], [], [], []] });
    const columnWidth = (fullHd.width - 3 * fullHd.columnGapPx) / 4;
    expect('Intercommunalités'.length * CARD_LAYOUT.charEm * px).toBeLessThanOrEqual(columnWidth - 2 * CARD_LAYOUT.padXEm * px);
    expect(px).toBeLessThan(FONT_PX.max);
  });

  it('leaves room for what sits beside the text (a rank, a vote count)', () => {
    const ranking = { ...fullHd, width: 700, columns: [Array(6).fill(sentence)], columnGapPx: 0, minColumnPx: 0 };
    expect(fitCardFont({ ...ranking, asideEm: 9 })).toBeLessThan(fitCardFont(ranking));
  });

  it('counts the line of facts under the text, wrapped', () => {
    const long = { ...sentence, facts: 'par Alex · Colonne « Gouvernance (présence aux CA, prise de parts) » · 12 votes · Couleur : Jaune' };
    expect(fitCardFont({ ...fullHd, columns: Array(4).fill(Array(5).fill(long)) })).toBeLessThan(fitCardFont({ ...fullHd, columns: board(5) }));
  });

  it('is set by the fullest column', () => {
    const uneven = [Array(10).fill(sentence), [sentence]];
    expect(fitCardFont({ ...fullHd, columns: uneven })).toBe(fitCardFont({ ...fullHd, columns: [Array(10).fill(sentence), Array(10).fill(sentence)] }));
  });

  it('gives stacked columns on a narrow screen one readable size', () => {
    expect(fitCardFont({ ...fullHd, width: 360, columns: board(3) })).toBe(FONT_PX.stacked);
  });
});
