import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsOf } from './board-model';
import {
  EMPTY_ROADMAP,
  ROADMAP_LINK_MAX_CHARS,
  ROADMAP_MAX_LINKS,
  ROADMAP_TEXT_MAX_CHARS,
  cardLink,
  parseCardLink,
  readRoadmap,
  roadmapOf,
  setRoadmapFields,
  type RoadmapFields,
} from './roadmap';

const withCard = (id = 'a') => {
  const doc = new Y.Doc();
  addCard(doc, { id, column: 'soon', author: 'p1', authorName: 'Ana', text: 'Rédiger un guide' });
  return doc;
};

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('roadmap fields', () => {
  it('reads an untouched card, or no card, as an empty action to launch', () => {
    const doc = withCard();
    expect(roadmapOf(doc, 'a')).toEqual(EMPTY_ROADMAP);
    expect(roadmapOf(doc, 'missing')).toEqual(EMPTY_ROADMAP);
    expect(readRoadmap(undefined).status).toBe('todo');
  });

  it('reads bad values written by any Yjs client as absent', () => {
    const doc = withCard();
    const card = cardsOf(doc).get('a')!;
    card.set('leadKind', 'prefecture');
    card.set('leadName', 42);
    card.set('partners', 'x'.repeat(ROADMAP_TEXT_MAX_CHARS + 50));
    card.set('due', '12/03/2027');
    card.set('status', 'DONE');
    card.set('links', ['b1/c1', 7, 'no-slash', 'a/b/c', '/c', 'b2/c2']);
    expect(roadmapOf(doc, 'a')).toEqual({
      leadKind: null,
      leadName: '',
      partners: 'x'.repeat(ROADMAP_TEXT_MAX_CHARS),
      due: null,
      status: 'todo',
      links: ['b1/c1', 'b2/c2'],
    });
    card.set('links', 'b1/c1');
    expect(roadmapOf(doc, 'a').links).toEqual([]);
  });

  it('writes only the fields given, and nothing on a missing card', () => {
    const doc = withCard();
    setRoadmapFields(doc, 'a', { leadKind: 'metropole', leadName: 'Métropole de Lyon', status: 'doing' });
    setRoadmapFields(doc, 'a', { due: '2027-03-31', leadName: undefined });
    expect(roadmapOf(doc, 'a')).toMatchObject({ leadKind: 'metropole', leadName: 'Métropole de Lyon', status: 'doing', due: '2027-03-31' });
    setRoadmapFields(doc, 'a', { due: null });
    expect(roadmapOf(doc, 'a').due).toBeNull();
    setRoadmapFields(doc, 'missing', { status: 'done' });
    expect(cardsOf(doc).has('missing')).toBe(false);
  });

  it('merges two people editing different fields of the same action at once', () => {
    const one = withCard();
    const two = new Y.Doc();
    sync(one, two);
    setRoadmapFields(one, 'a', { leadKind: 'region', leadName: 'Région AURA' });
    setRoadmapFields(two, 'a', { due: '2027-06-30', status: 'doing', partners: 'CRESS AURA' });
    sync(one, two);
    sync(two, one);
    const expected = { leadKind: 'region', leadName: 'Région AURA', due: '2027-06-30', status: 'doing', partners: 'CRESS AURA' };
    expect(roadmapOf(one, 'a')).toMatchObject(expected);
    expect(roadmapOf(two, 'a')).toEqual(roadmapOf(one, 'a'));
  });

  it('de-duplicates links and keeps at most ROADMAP_MAX_LINKS', () => {
    const doc = withCard();
    setRoadmapFields(doc, 'a', { links: ['b/1', 'b/2', 'b/1', 'b/2'] });
    expect(roadmapOf(doc, 'a').links).toEqual(['b/1', 'b/2']);
    const many = Array.from({ length: ROADMAP_MAX_LINKS + 5 }, (_, i) => cardLink('b', `c${i}`));
    setRoadmapFields(doc, 'a', { links: many });
    expect(roadmapOf(doc, 'a').links).toEqual(many.slice(0, ROADMAP_MAX_LINKS));
  });

  it('reads at most ROADMAP_MAX_LINKS links of a bounded length, however many a document holds', () => {
    const doc = withCard();
    const many = Array.from({ length: 10_000 }, (_, i) => cardLink('b', `c${i}`));
    cardsOf(doc).get('a')!.set('links', [cardLink('b', 'x'.repeat(ROADMAP_LINK_MAX_CHARS)), ...many]);
    expect(roadmapOf(doc, 'a').links).toEqual(many.slice(0, ROADMAP_MAX_LINKS));
  });

  it('writes the known fields only, whatever else a patch parsed from JSON holds', () => {
    const doc = withCard();
    const patch = JSON.parse('{"__proto__": {"status": "done"}, "author": "someone", "constructor": "x", "leadName": "Ville de Tours"}') as Partial<RoadmapFields>;
    setRoadmapFields(doc, 'a', patch);
    const card = cardsOf(doc).get('a')!;
    expect([...card.keys()].sort()).toEqual(['author', 'authorName', 'color', 'column', 'comments', 'createdAt', 'leadName', 'order', 'reactions', 'text']);
    expect(card.get('author')).toBe('p1');
    expect(roadmapOf(doc, 'a')).toEqual({ ...EMPTY_ROADMAP, leadName: 'Ville de Tours' });
  });

  it('round-trips card links', () => {
    expect(parseCardLink(cardLink('board1', 'card1'))).toEqual({ boardId: 'board1', cardId: 'card1' });
    expect(parseCardLink('board1')).toBeNull();
  });
});
