import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardText } from '../shared/board-model';
import { boardFingerprint, converged } from './convergence';

const card = (id: string) => ({ id, column: 'col', order: 'a0', author: 'a', authorName: 'A', text: 'x' });
const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from));

describe('board convergence', () => {
  it('ignores the order in which replicas received the cards', () => {
    const [a, b, c] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    addCard(a, card('one'));
    addCard(b, card('two'));
    sync(a, c);
    sync(b, c);
    sync(b, a);
    sync(a, b);
    expect(boardFingerprint(a)).toBe(boardFingerprint(b));
    expect(converged([a, b, c], 2)).toBe(true);
  });

  it('tells replicas apart by text and by card count', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    addCard(a, card('one'));
    sync(a, b);
    expect(converged([a, b], 1)).toBe(true);
    expect(converged([a, b], 2)).toBe(false);
    cardText(a, 'one')?.insert(0, 'é');
    expect(converged([a, b], 1)).toBe(false);
  });
});
