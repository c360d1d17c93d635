import { describe, expect, it } from 'vitest';
import { jaccard, similarPairs, wordsOf } from './similar-cards';
import { paragraphsToAppend } from './synthesis';

describe('similar cards', () => {
  it('folds accents, case and plurals, and drops French stopwords', () => {
    expect([...wordsOf('Les Élus ne connaissent pas les SCIC')].sort()).toEqual(['connaissent', 'elu', 'scic']);
  });

  it('pairs cards saying the same thing, most alike first, and leaves different ones alone', () => {
    const pairs = similarPairs([
      { id: 'a', text: 'Former les élus aux SCIC' },
      { id: 'b', text: 'former des elus sur les scic' },
      { id: 'c', text: 'Prise de parts au capital' },
      { id: 'd', text: 'Former les élus' },
    ]);
    expect(pairs[0]).toEqual({ a: 'a', b: 'b', score: 1 });
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['a-b', 'a-d', 'b-d']);
    expect(pairs.some((p) => p.a === 'c' || p.b === 'c')).toBe(false);
  });

  it('never pairs empty cards', () => {
    expect(jaccard(wordsOf(''), wordsOf('le la les'))).toBe(0);
    expect(similarPairs([{ id: 'a', text: '' }, { id: 'b', text: '' }])).toEqual([]);
  });
});

describe('merging texts', () => {
  it('appends only what the target does not already say', () => {
    expect(paragraphsToAppend('Former les élus', ['former  les ELUS ', 'Prise de parts', 'prise de parts'])).toEqual(['Prise de parts']);
  });
});
