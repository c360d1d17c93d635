import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, isJoinCode, normaliseJoinCode, randomJoinCode } from './join-code';

describe('join codes', () => {
  it('never use look-alike characters', () => {
    for (const c of '0O1IL2Z5S8B') expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });

  it('are eight characters from the alphabet; the six-character codes of older workshops still count', () => {
    let i = 0;
    const code = randomJoinCode((max) => i++ % max);
    expect(code).toHaveLength(8);
    expect(isJoinCode(code)).toBe(true);
    expect(isJoinCode('ACKDEM')).toBe(true);
    expect(isJoinCode('ACKDEMX')).toBe(false);
  });

  it('accept what people type', () => {
    expect(normaliseJoinCode(' ack-dem ')).toBe('ACKDEM');
    expect(isJoinCode('ACKDE0')).toBe(false);
    expect(isJoinCode('ACK')).toBe(false);
  });
});
