/**
 * Which part of the board schema a shared type is (docs/board-schema.md): the `cards` and
 * `groups` roots, a card's map, its text, comments and reactions, a comment, a group. The same
 * rule names the types already in the document and those an update creates.
 */
import * as Y from 'yjs';
import type { CardNode, MapChange, Place } from './update-description';

export type TypeKind = 'array' | 'map' | 'text' | 'other';

const ROOTS = new Map<string, Place>([
  ['cards', { kind: 'cards' }],
  ['groups', { kind: 'groups' }],
]);

export const GONE: Place = { kind: 'gone' };

export function rootPlace(name: string): Place {
  return ROOTS.get(name) ?? { kind: 'foreign', what: `the root type "${name.slice(0, 40)}"` };
}

export const entryOf = (client: number, clock: number) => `${client}:${clock}`;

/** The place of a type held under `key` (or in the list, when null) of a type at `parent`. */
export function childPlace(
  parent: Place,
  key: string | null,
  kind: TypeKind,
  node: { entry: string; existing: Y.Map<unknown> | null; origin: MapChange | null },
): Place {
  const foreign: Place = { kind: 'foreign', what: `a nested ${kind} under "${String(key).slice(0, 40)}"` };
  switch (parent.kind) {
    case 'gone':
    case 'foreign':
      return parent;
    case 'cards':
      return key !== null && kind === 'map' ? { kind: 'card', card: { ...node, cardId: key } } : foreign;
    case 'groups':
      return key !== null && kind === 'map' ? { kind: 'group', group: { ...node, groupId: key } } : foreign;
    case 'card':
      return cardChild(parent.card, key, kind) ?? foreign;
    case 'comments':
      return key === null && kind === 'map' ? { kind: 'comment', card: parent.card, comment: node } : foreign;
    default:
      return foreign;
  }
}

function cardChild(card: CardNode, key: string | null, kind: TypeKind): Place | null {
  if (key === 'text' && kind === 'text') return { kind: 'text', card };
  if (key === 'comments' && kind === 'array') return { kind: 'comments', card };
  if (key === 'reactions' && kind === 'map') return { kind: 'reactions', card };
  return null;
}

function kindOf(type: Y.AbstractType<unknown>): TypeKind {
  // XmlText extends Text: the schema has no XML, so it must not pass for a card's text.
  if (type instanceof Y.XmlText || type instanceof Y.XmlElement || type instanceof Y.XmlFragment) return 'other';
  if (type instanceof Y.Map) return 'map';
  if (type instanceof Y.Text) return 'text';
  if (type instanceof Y.Array) return 'array';
  return 'other';
}

/** Types never move in a Yjs document, so a type's place is computed once. */
const placesOfTypes = new WeakMap<Y.AbstractType<unknown>, Place>();

/** The place of a type of the live document (walked up without recursion, then down). */
export function placeOfType(type: Y.AbstractType<unknown>): Place {
  const chain: Y.AbstractType<unknown>[] = [];
  let place: Place | undefined;
  for (let t: Y.AbstractType<unknown> | null = type; t; ) {
    place = placesOfTypes.get(t);
    if (place) break;
    chain.push(t);
    const item: Y.Item | null = t._item;
    if (!item) {
      place = rootPlace(Y.findRootTypeKey(t));
      placesOfTypes.set(t, place);
      chain.pop();
      break;
    }
    t = item.parent instanceof Y.AbstractType ? item.parent : null;
  }
  place ??= GONE;
  for (let i = chain.length - 1; i >= 0; i--) {
    const t = chain[i]!;
    const item = t._item!;
    place = childPlace(place, item.parentSub, kindOf(t), {
      entry: entryOf(item.id.client, item.id.clock),
      existing: t instanceof Y.Map ? (t as Y.Map<unknown>) : null,
      origin: null,
    });
    placesOfTypes.set(t, place);
  }
  return place;
}
