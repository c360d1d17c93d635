import { describe, expect, it } from 'vitest';
import { BROADCAST_TEXT_MAX_BYTES, broadcastForm, bytesFromWire } from './wire-bytes';

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37) % 256);

describe('broadcast wire form', () => {
  it('sends small messages as text and reads them back byte for byte', () => {
    const message = bytes(300);
    const form = broadcastForm(message);
    expect(typeof form).toBe('string');
    expect([...bytesFromWire(form)]).toEqual([...message]);
  });

  it('keeps large messages binary', () => {
    const message = bytes(BROADCAST_TEXT_MAX_BYTES + 1);
    expect(broadcastForm(message)).toBe(message);
    expect(bytesFromWire(broadcastForm(bytes(BROADCAST_TEXT_MAX_BYTES)))).toHaveLength(BROADCAST_TEXT_MAX_BYTES);
  });

  it('reads bytes as Uint8Array or ArrayBuffer, and nothing else', () => {
    const message = bytes(5);
    expect(bytesFromWire(message)).toBe(message);
    expect([...bytesFromWire(message.slice().buffer)]).toEqual([...message]);
    expect(() => bytesFromWire(42)).toThrow(TypeError);
    expect(() => bytesFromWire({ length: 3 })).toThrow(TypeError);
  });
});
