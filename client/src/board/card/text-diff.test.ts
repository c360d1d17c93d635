import { describe, expect, it } from 'vitest';
import { diffText, transformPosition } from './text-diff';

describe('diffText', () => {
  it('finds the single insertion, deletion or replacement', () => {
    expect(diffText('élus', 'les élus')).toEqual({ index: 0, remove: 0, insert: 'les ' });
    expect(diffText('les élus', 'les')).toEqual({ index: 3, remove: 5, insert: '' });
    expect(diffText('SCIC a', 'SCIC b')).toEqual({ index: 5, remove: 1, insert: 'b' });
    expect(diffText('aaa', 'aaaa')).toEqual({ index: 3, remove: 0, insert: 'a' });
    expect(diffText('même', 'même')).toBeNull();
  });
});

describe('transformPosition', () => {
  it('shifts a caret after a remote insert before it, not after it', () => {
    expect(transformPosition(5, [{ insert: 'abc' }])).toBe(8);
    expect(transformPosition(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(8);
    expect(transformPosition(5, [{ retain: 6 }, { insert: 'abc' }])).toBe(5);
  });

  it('pulls a caret back after a remote delete before it', () => {
    expect(transformPosition(5, [{ delete: 2 }])).toBe(3);
    expect(transformPosition(5, [{ retain: 3 }, { delete: 10 }])).toBe(3);
    expect(transformPosition(2, [{ retain: 3 }, { delete: 1 }])).toBe(2);
  });
});
