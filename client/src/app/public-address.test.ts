import { describe, expect, it } from 'vitest';
import { addressFrom } from './public-address';

const origin = 'http://10.0.0.5:3000';

describe('the public address', () => {
  it('is the server’s PUBLIC_URL when it gives one', () => {
    expect(addressFrom({ publicUrl: 'https://ateliers.example.org' }, origin)).toBe('https://ateliers.example.org');
  });

  it('falls back to the page’s origin when the server gives none', () => {
    expect(addressFrom({ publicUrl: null }, origin)).toBe(origin);
    expect(addressFrom(null, origin)).toBe(origin);
    expect(addressFrom('not an object', origin)).toBe(origin);
  });

  it('takes nothing but an http(s) origin from the answer', () => {
    expect(addressFrom({ publicUrl: 'javascript:alert(1)' }, origin)).toBe(origin);
    expect(addressFrom({ publicUrl: 'not a url' }, origin)).toBe(origin);
    expect(addressFrom({ publicUrl: 42 }, origin)).toBe(origin);
    expect(addressFrom({ publicUrl: 'https://ateliers.example.org/ignored?x#y' }, origin)).toBe('https://ateliers.example.org');
  });
});
