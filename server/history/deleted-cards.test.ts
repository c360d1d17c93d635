import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsOf, cardText, deleteCard, moveCard, setCardColor } from '@shared/board-model';
import { addComment } from '@shared/card-comments';
import { cardChanges } from './deleted-cards';

/** A server document with cards a, b, c, and a client in sync with it. */
function setup() {
  const server = new Y.Doc();
  for (const id of ['a', 'b', 'c']) addCard(server, { id, column: 'col1', author: 'p1', authorName: 'Zoé', text: `carte ${id}` });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** An update that only deletes `len` clocks of `client` from `clock` (as a hostile client may send). */
function deleteRange(client: number, clock: number, len: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1); // one client in the delete set…
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 1); // …with one range
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarUint(encoder, len);
  return encoding.toUint8Array(encoder);
}

/** The update a client's edit produces. */
function edit(client: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (u: Uint8Array) => updates.push(u);
  client.on('update', record);
  change(client);
  client.off('update', record);
  return Y.mergeUpdates(updates);
}

describe('cards an update removes', () => {
  it('finds a deleted card, and only that one', () => {
    const { server, client } = setup();
    expect(cardChanges(server, edit(client, (d) => deleteCard(d, 'b')))).toEqual({ removed: ['b'], created: 0 });
  });

  it('finds every card of a batch deleted in one transaction', () => {
    const { server, client } = setup();
    const update = edit(client, (d) => d.transact(() => ['a', 'b', 'c'].forEach((id) => deleteCard(d, id))));
    expect(cardChanges(server, update).removed.sort()).toEqual(['a', 'b', 'c']);
  });

  it('sees no removal in moves, typing, colours, comments and reactions', () => {
    const { server, client } = setup();
    const update = edit(client, (d) => {
      moveCard(d, 'a', 'col2', 0);
      cardText(d, 'b')!.insert(0, 'Encore : ');
      cardText(d, 'c')!.delete(0, 3);
      setCardColor(d, 'c', 'pink');
      addComment(d, 'a', { id: 'k1', author: 'p2', authorName: 'Léo', text: 'Oui', replyTo: null });
      (cardsOf(d).get('a')!.get('reactions') as Y.Map<boolean>).set('👍 p2', true);
    });
    expect(cardChanges(server, update)).toEqual({ removed: [], created: 0 });
  });

  it('counts a card replaced under its id, or one whose text is taken away, as removed', () => {
    const { server, client } = setup();
    const update = edit(client, (d) => {
      cardsOf(d).set('a', new Y.Map());
      cardsOf(d).get('b')!.delete('text');
    });
    expect(cardChanges(server, update).removed.sort()).toEqual(['a', 'b']);
  });

  it('counts new cards, not cards already there', () => {
    const { server, client } = setup();
    const update = edit(client, (d) =>
      d.transact(() => {
        for (let i = 0; i < 6; i++) addCard(d, { id: `n${i}`, column: 'col1', author: 'p1', authorName: 'Zoé', text: `${i}` });
      }),
    );
    expect(cardChanges(server, update)).toEqual({ removed: [], created: 6 });
  });

  it('reads hand-written delete sets: all of a client’s content, or past what the document holds', () => {
    const { server } = setup();
    expect(cardChanges(server, deleteRange(server.clientID, 0, 1_000_000)).removed.sort()).toEqual(['a', 'b', 'c']);
    expect(cardChanges(server, deleteRange(server.clientID, 1_000_000, 5))).toEqual({ removed: [], created: 0 });
    expect(cardChanges(server, deleteRange(424242, 0, 5))).toEqual({ removed: [], created: 0 });
  });
});
