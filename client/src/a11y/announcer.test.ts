import { afterEach, describe, expect, it, vi } from 'vitest';
import { Announcer, BATCH_MS, summarize, type CardWords } from './announcer';

const words: CardWords = {
  one: (column, author) => (author ? `card by ${author} in ${column}` : `card in ${column}`),
  many: (column, count) => `${count} cards in ${column}`,
};

describe('summarize', () => {
  it('names the author of a single card, and leaves the name out when there is none', () => {
    expect(summarize([{ kind: 'card', column: 'Works', author: 'Léa' }], words)).toEqual(['card by Léa in Works']);
    expect(summarize([{ kind: 'card', column: 'Works', author: '' }], words)).toEqual(['card in Works']);
  });

  it('groups cards by column, in the order the columns first appeared, around the texts', () => {
    const lines = summarize(
      [
        { kind: 'card', column: 'Works', author: 'Léa' },
        { kind: 'text', text: 'Step: Vote' },
        { kind: 'card', column: 'Blocks', author: 'Ali' },
        { kind: 'card', column: 'Works', author: 'Ali' },
        { kind: 'card', column: 'Works', author: 'Léa' },
      ],
      words,
    );
    expect(lines).toEqual(['3 cards in Works', 'Step: Vote', 'card by Ali in Blocks']);
  });

  it('says a repeated text once per batch', () => {
    const text = { kind: 'text', text: 'Time is up' } as const;
    expect(summarize([text, text], words)).toEqual(['Time is up']);
  });
});

describe('Announcer', () => {
  afterEach(() => vi.useRealTimers());

  it('empties the region when a batch opens and writes the batch as one message when it closes', () => {
    vi.useFakeTimers();
    const region = { textContent: 'previous message' } as HTMLElement;
    const announcer = new Announcer(() => words);
    announcer.attach(region);
    announcer.announce({ kind: 'card', column: 'Works', author: 'Léa' });
    expect(region.textContent).toBe('');
    announcer.announce({ kind: 'card', column: 'Works', author: 'Ali' });
    announcer.announce('Totals shown');
    vi.advanceTimersByTime(BATCH_MS);
    expect(region.textContent).toBe('2 cards in Works. Totals shown');
    // The same message again is written anew, so that it is read again.
    announcer.announce('Totals shown');
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(BATCH_MS);
    expect(region.textContent).toBe('Totals shown');
  });
});
