/**
 * The keys a focused card answers to. Typing a character starts writing (the character goes
 * into the text), so every other shortcut is a named key or Alt with a key, read by its
 * place on the keyboard (`code`): on a Mac, Alt+C types "ç".
 */
import { REACTIONS, type Reaction } from '@shared/card-comments';

export type CardKey =
  | { action: 'edit'; typed?: string }
  | { action: 'delete' }
  | { action: 'menu' }
  | { action: 'discuss' }
  | { action: 'vote' }
  | { action: 'spotlight' }
  | { action: 'react'; reaction: Reaction }
  | { action: 'focus'; to: 'previous' | 'next' | 'first' | 'last' };

/** Shortcuts as `aria-keyshortcuts` says them; the menu shows them in the reader's language. */
export const SHORTCUTS = {
  edit: 'Enter',
  delete: 'Delete',
  discuss: 'Alt+C',
  vote: 'Alt+V',
  spotlight: 'Alt+P',
} as const;
export const reactionShortcut = (index: number) => `Alt+${index + 1}`;

interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

const FOCUS: Record<string, 'previous' | 'next' | 'first' | 'last'> = { ArrowUp: 'previous', ArrowDown: 'next', Home: 'first', End: 'last' };

export function cardKey(event: KeyLike): CardKey | null {
  const { key, code, altKey, ctrlKey, metaKey, shiftKey } = event;
  if (ctrlKey || metaKey) return null;
  if (altKey) {
    if (code === 'KeyC') return { action: 'discuss' };
    if (code === 'KeyV') return { action: 'vote' };
    if (code === 'KeyP') return { action: 'spotlight' };
    const digit = /^Digit([1-9])$/.exec(code);
    const reaction = digit ? REACTIONS[Number(digit[1]) - 1] : undefined;
    return reaction ? { action: 'react', reaction } : null;
  }
  if (key === 'Enter' || key === 'F2') return { action: 'edit' };
  if (key === 'Delete') return { action: 'delete' };
  if (key === 'ContextMenu' || (shiftKey && key === 'F10')) return { action: 'menu' };
  if (FOCUS[key]) return { action: 'focus', to: FOCUS[key] };
  // One printable character (not Space: it picks the card up to move it).
  if ([...key].length === 1 && key !== ' ') return { action: 'edit', typed: key };
  return null;
}
