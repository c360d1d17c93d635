import { describe, expect, it } from 'vitest';
import { bothTexts, mergedText, textToSend } from './merge-wording';

describe('the wording a merge keeps', () => {
  it('keeps both texts as the server does: the second only when it says something else', () => {
    expect(bothTexts('Former les élus', 'Un guichet unique')).toBe('Former les élus\n\nUn guichet unique');
    expect(bothTexts('Former les élus', '  former les ÉLUS ')).toBe('Former les élus');
    expect(bothTexts('', 'Un guichet')).toBe('Un guichet');
  });

  it('sends the chosen text, and none for both (the server then reads the texts as they are by then)', () => {
    expect(textToSend('this', 'A', 'B', '')).toBe('A');
    expect(textToSend('other', 'A', 'B', '')).toBe('B');
    expect(textToSend('edit', 'A', 'B', 'A et B')).toBe('A et B');
    expect(textToSend('both', 'A', 'B', 'ignored')).toBeUndefined();
    expect(mergedText('both', 'A', 'B', '')).toBe('A\n\nB');
  });
});
