import { describe, expect, it } from 'vitest';
import { cardKey } from './card-keys';

const press = (key: string, extra: Partial<{ code: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) =>
  cardKey({ key, code: extra.code ?? '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...extra });

describe('card keys', () => {
  it('typing starts writing with the character typed; Enter and F2 start writing', () => {
    expect(press('é')).toEqual({ action: 'edit', typed: 'é' });
    expect(press('Enter')).toEqual({ action: 'edit' });
    expect(press('F2')).toEqual({ action: 'edit' });
  });

  it('leaves Space to the move, and Ctrl shortcuts to the board', () => {
    expect(press(' ')).toBeNull();
    expect(press('z', { ctrlKey: true })).toBeNull();
    expect(press('Tab')).toBeNull();
  });

  it('reads Alt shortcuts by key position, whatever the layout types', () => {
    expect(press('ç', { code: 'KeyC', altKey: true })).toEqual({ action: 'discuss' });
    expect(press('&', { code: 'Digit1', altKey: true })).toEqual({ action: 'react', reaction: '👍' });
    expect(press('(', { code: 'Digit5', altKey: true })).toEqual({ action: 'react', reaction: '🎯' });
    expect(press('ç', { code: 'Digit6', altKey: true })).toBeNull();
  });

  it('arrows, Home and End move between cards; the menu opens with its keys', () => {
    expect(press('ArrowDown')).toEqual({ action: 'focus', to: 'next' });
    expect(press('Home')).toEqual({ action: 'focus', to: 'first' });
    expect(press('F10', { shiftKey: true })).toEqual({ action: 'menu' });
    expect(press('Delete')).toEqual({ action: 'delete' });
  });
});
