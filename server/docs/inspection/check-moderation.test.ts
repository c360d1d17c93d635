/**
 * The moderation write rules on their own (the transports' refusals are tested in
 * server/moderation/): a hidden card is written by nobody but the server, and a controlled
 * board takes new cards from facilitators only.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardText, cardsOf, deleteCard, moveCard, setCardColor } from '@shared/board-model';
import { toggleReaction } from '@shared/card-comments';
import type { Role } from '@shared/roles';
import { AppError } from '../../errors';
import { checkWrite } from './check-write';
import { decodeUpdate } from './decode-update';
import { describeUpdate } from './describe-update';

function board(): Y.Doc {
  const doc = new Y.Doc();
  addCard(doc, { id: 'card-shown', column: 'col1', author: 'alice1', authorName: 'Alice', text: 'Bonjour' });
  addCard(doc, { id: 'card-hidden', column: 'col1', author: 'alice1', authorName: 'Alice', text: '' });
  cardsOf(doc).get('card-hidden')!.set('hidden', 'Hors sujet');
  return doc;
}

/** The reason `role` (participant id alice1, or facil1) is refused `edit`, or 'ok'. */
function verdict(edit: (doc: Y.Doc) => void, role: Role = 'participant', controlled = false): string {
  const server = board();
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const updates: Uint8Array[] = [];
  client.on('update', (u: Uint8Array) => updates.push(u));
  client.transact(() => edit(client));
  const described = describeUpdate(decodeUpdate(Y.mergeUpdates(updates)), { doc: server, unapplied: [] });
  try {
    checkWrite(described, {
      writer: { role, participantId: role === 'participant' ? 'alice1' : 'facil1', settings: { freeEditing: false, movesRestricted: false, controlled }, writesForOthers: false },
      anonymous: false,
      board: { doc: server, unapplied: [], storedBytes: 0 },
    });
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return err.reason ?? err.code;
    throw err;
  }
}

const newCard = (author: string) => (doc: Y.Doc) => addCard(doc, { id: 'card-new', column: 'col1', author, authorName: '', text: 'Nouvelle' });

describe('moderation write rules', () => {
  it('refuses writing a hidden card’s text or colour, to its author and to facilitators alike', () => {
    for (const role of ['participant', 'facilitator'] as const) {
      expect(verdict((doc) => cardText(doc, 'card-hidden')!.insert(0, 'Retour'), role)).toBe('card_hidden');
      expect(verdict((doc) => setCardColor(doc, 'card-hidden', 'pink'), role)).toBe('card_hidden');
      expect(verdict((doc) => cardsOf(doc).get('card-hidden')!.set('authorName', 'Alice B.'), role)).toBe('card_hidden');
    }
  });

  it('leaves moving, reacting to and deleting a hidden card to the usual rules, and other cards alone', () => {
    expect(verdict((doc) => moveCard(doc, 'card-hidden', 'col2', 0))).toBe('ok');
    expect(verdict((doc) => toggleReaction(doc, 'card-hidden', '👍', 'alice1'))).toBe('ok');
    expect(verdict((doc) => deleteCard(doc, 'card-hidden'))).toBe('ok');
    expect(verdict((doc) => cardText(doc, 'card-shown')!.insert(0, 'Re ; '))).toBe('ok');
  });

  it('refuses a participant’s new card on a controlled board, not a facilitator’s, nor edits of existing cards', () => {
    expect(verdict(newCard('alice1'), 'participant', true)).toBe('controlled');
    expect(verdict(newCard('alice1'), 'participant', false)).toBe('ok');
    expect(verdict(newCard('facil1'), 'facilitator', true)).toBe('ok');
    expect(verdict((doc) => cardText(doc, 'card-shown')!.insert(0, 'Re ; '), 'participant', true)).toBe('ok');
    expect(verdict((doc) => deleteCard(doc, 'card-shown'), 'participant', true)).toBe('ok');
  });
});
