/**
 * Join codes are read aloud and typed from a projector: no look-alikes
 * (0/O, 1/I/L, 2/Z, 5/S, 8/B), upper case only.
 */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
/**
 * 25^8 ≈ 150 billion codes: with the server's limit on wrong codes per address, guessing a
 * live workshop's code is hopeless. Workshops created before kept their 6-character codes,
 * which still admit people.
 */
export const JOIN_CODE_LENGTH = 8;
const LEGACY_JOIN_CODE_LENGTH = 6;

export function randomJoinCode(randomInt: (maxExclusive: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

/** Accepts what people type: lower case, spaces and dashes ("abc-def"). */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isJoinCode(code: string): boolean {
  return (code.length === JOIN_CODE_LENGTH || code.length === LEGACY_JOIN_CODE_LENGTH) && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
