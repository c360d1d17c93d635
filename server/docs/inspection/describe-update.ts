/**
 * Reads a decoded update against the live document, without applying it, and says what it
 * would do in the board's terms (UpdateDescription). Each new item's parent is resolved as Yjs
 * resolves it (Item.getMissing): a root by name, a parent by id, or the parent of its left
 * (else right) neighbour; a neighbour that was garbage-collected drops the item. Deletions are
 * read from the delete set against the items they hit. An update that refers to what the server
 * does not have (a gap, a dangling id, a cycle) would sit in Yjs' pending queue or break the
 * apply, so it is refused as malformed.
 */
import * as Y from 'yjs';
import { AppError } from '../../errors';
import { InvalidUpdateError, endClock, type DecodedItem, type DecodedUpdate, type StructId } from './decode-update';
import { GONE, childPlace, entryOf, placeOfType, rootPlace } from './places';
import { documentStructs, findDecoded, findInDocument, firstEndingAfter, isCollected, type Found } from './struct-lookup';
import type {
  CardChange,
  CardNode,
  CommentChange,
  FieldValue,
  GroupChange,
  GroupNode,
  ItemParent,
  MapNode,
  Place,
  UpdateDescription,
} from './update-description';

/** The live document and the updates accepted but not yet applied to it, oldest first. */
export interface DocView {
  doc: Y.Doc;
  unapplied: readonly UpdateDescription[];
}

const REMOVED: FieldValue = { kind: 'removed' };

function outsideSchema(what: string): never {
  throw new AppError('invalid_request', `The board document has no ${what}`);
}

function keyOf(key: string | null, where: string): string {
  if (key === null) outsideSchema(`list items in ${where}`);
  return key;
}

export function describeUpdate(decoded: DecodedUpdate, view: DocView): UpdateDescription {
  return new Describer(decoded, view).run();
}

class Describer {
  private readonly result: UpdateDescription;
  /** The live card or group under each key written by this update, latest last. */
  private readonly created = new Map<string, CardChange | GroupChange>();

  constructor(
    private readonly decoded: DecodedUpdate,
    private readonly view: DocView,
  ) {
    this.result = { decoded, changes: false, cards: new Map(), groups: new Map(), writers: new Set(), parents: new Map(), places: new Map() };
  }

  run(): UpdateDescription {
    for (const [client, structs] of this.decoded.clients) {
      const known = this.known(client);
      if ((structs[0]?.clock ?? 0) > known) throw new InvalidUpdateError(`edits of client ${client} start after a gap`);
      for (const struct of structs) {
        if (struct.clock + struct.length <= known) continue; // already there: Yjs skips it
        if (struct.kind === 'skip') throw new InvalidUpdateError(`edits of client ${client} have a gap`);
        this.result.changes = true;
        this.result.writers.add(client);
        if (struct.kind === 'item') this.record(struct, this.parentOf(struct));
      }
    }
    this.readDeletes();
    return this.result;
  }

  private docState(client: number): number {
    return Y.getState(this.view.doc.store, client);
  }

  /** Where the accepted, unapplied updates end, per client: read once per update, not per reference. */
  private readonly pendingEnds = new Map<number, number>();

  private pendingEnd(client: number): number {
    let end = this.pendingEnds.get(client);
    if (end !== undefined) return end;
    end = 0;
    for (const u of this.view.unapplied) end = Math.max(end, endClock(u.decoded.clients.get(client)));
    this.pendingEnds.set(client, end);
    return end;
  }

  private known(client: number): number {
    return Math.max(this.docState(client), this.pendingEnd(client));
  }

  private find(id: StructId, from: DecodedItem): Found {
    if (id.clock < this.docState(id.client)) return { in: 'document', struct: findInDocument(this.view.doc, id) };
    // Most references are to this update's own items: the unapplied updates (all of them, a
    // busy board's batch) are searched only when they may hold the item.
    if (id.clock < this.pendingEnd(id.client)) for (const description of this.view.unapplied) {
      const struct = findDecoded(description.decoded.clients.get(id.client), id.clock);
      if (struct && struct.kind !== 'skip') return { in: 'pending', struct, description };
    }
    // Within one client, Yjs integrates in clock order: an item cannot build on a later one.
    if (id.client !== from.client || id.clock < from.clock) {
      const struct = findDecoded(this.decoded.clients.get(id.client), id.clock);
      if (struct && struct.kind !== 'skip') return { in: 'this', struct };
    }
    throw new InvalidUpdateError(`refers to ${id.client}:${id.clock}, which the server does not have`);
  }

  private references(item: DecodedItem): StructId[] {
    if (typeof item.parent === 'string') return [];
    if (item.parent) return [item.parent];
    return [item.origin, item.rightOrigin].filter((id): id is StructId => id !== null);
  }

  /** The item's parent and key, resolving first (without recursion) the items of this update it builds on. */
  private parentOf(item: DecodedItem): ItemParent {
    // Most items build on the document or on items already read: no walk needed.
    if (!this.unresolvedDependency(item)) {
      const parent = this.resolveParent(item);
      this.result.parents.set(item, parent);
      return parent;
    }
    const stack: DecodedItem[] = [item];
    const waiting = new Set<DecodedItem>([item]);
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      if (this.result.parents.has(top)) {
        stack.pop();
        continue;
      }
      const before = this.unresolvedDependency(top);
      if (before) {
        if (waiting.has(before)) throw new InvalidUpdateError('items that build on each other in a cycle');
        waiting.add(before);
        stack.push(before);
        continue;
      }
      this.result.parents.set(top, this.resolveParent(top));
      waiting.delete(top);
      stack.pop();
    }
    return this.result.parents.get(item)!;
  }

  private unresolvedDependency(item: DecodedItem): DecodedItem | null {
    for (const id of this.references(item)) {
      const found = this.find(id, item);
      if (found.in === 'this' && found.struct.kind === 'item' && !this.result.parents.has(found.struct)) return found.struct;
    }
    return null;
  }

  private resolveParent(item: DecodedItem): ItemParent {
    if (typeof item.parent === 'string') return { place: rootPlace(item.parent), key: item.parentSub };
    if (item.parent) return { place: this.placeHeldBy(this.find(item.parent, item)), key: item.parentSub };
    const left = item.origin && this.find(item.origin, item);
    const right = item.rightOrigin && this.find(item.rightOrigin, item);
    if (isCollected(left) || isCollected(right)) return { place: GONE, key: null };
    return this.parentOfFound((left ?? right)!);
  }

  private parentOfFound(found: Found): ItemParent {
    if (found.in === 'document') {
      const item = found.struct as Y.Item;
      return { place: item.parent instanceof Y.AbstractType ? placeOfType(item.parent) : GONE, key: item.parentSub };
    }
    const parents = found.in === 'pending' ? found.description.parents : this.result.parents;
    return parents.get(found.struct as DecodedItem) ?? { place: GONE, key: null };
  }

  /** The place of the type an item holds (an item holding no type makes Yjs drop its children). */
  private placeHeldBy(found: Found): Place {
    if (found.in === 'document') {
      const { struct } = found;
      return struct instanceof Y.Item && struct.content instanceof Y.ContentType ? placeOfType(struct.content.type) : GONE;
    }
    if (found.struct.kind !== 'item') return GONE;
    return found.in === 'pending' ? (found.description.places.get(found.struct) ?? GONE) : this.placeOfNew(found.struct);
  }

  /** The place of a type this update creates; creating it registers the card, comment or group. */
  private placeOfNew(item: DecodedItem): Place {
    const known = this.result.places.get(item);
    if (known) return known;
    if (item.content.kind !== 'type') return GONE;
    const parent = this.result.parents.get(item)!;
    const place = childPlace(parent.place, parent.key, item.content.type, { entry: entryOf(item.client, item.clock), existing: null, origin: null });
    if (place.kind === 'card') place.card.origin = this.card(place.card, true);
    else if (place.kind === 'group') place.group.origin = this.group(place.group, true);
    else if (place.kind === 'comment') place.comment.origin = this.comment(place.card, place.comment, true);
    this.result.places.set(item, place);
    return place;
  }

  private card(node: CardNode, created = false): CardChange {
    let change = this.result.cards.get(node.entry);
    if (!change) {
      const { entry, existing, origin, cardId } = node;
      change = { entry, existing, origin, cardId, created: false, deleted: false, writes: [], textInserted: 0, textDeleted: 0, comments: new Map(), reactions: [] };
      this.result.cards.set(entry, change);
    }
    if (created) this.markCreated(change);
    return change;
  }

  private group(node: GroupNode, created = false): GroupChange {
    let change = this.result.groups.get(node.entry);
    if (!change) {
      const { entry, existing, origin, groupId } = node;
      change = { entry, existing, origin, groupId, created: false, deleted: false, writes: [] };
      this.result.groups.set(entry, change);
    }
    if (created) this.markCreated(change);
    return change;
  }

  private comment(card: CardNode, node: MapNode, created = false): CommentChange {
    const comments = this.card(card).comments;
    let change = comments.get(node.entry);
    if (!change) {
      const { entry, existing, origin } = node;
      change = { entry, existing, origin, cardEntry: card.entry, created: false, deleted: false, writes: [] };
      comments.set(entry, change);
    }
    if (created) this.markCreated(change);
    return change;
  }

  private markCreated(change: CardChange | GroupChange | CommentChange): void {
    change.created = true;
    change.origin = change;
  }

  private valueOf(item: DecodedItem): FieldValue {
    const { content } = item;
    if (content.kind === 'deleted') return REMOVED;
    if (content.kind === 'any') {
      if (content.values.length !== 1) outsideSchema('map entries holding several values');
      return { kind: 'value', value: content.values[0] };
    }
    if (content.kind === 'type') {
      const place = this.placeOfNew(item);
      if (place.kind === 'foreign') outsideSchema(place.what);
      return { kind: 'type', type: content.type };
    }
    return outsideSchema('characters outside a text');
  }

  private record(item: DecodedItem, { place, key }: ItemParent): void {
    const { content } = item;
    switch (place.kind) {
      case 'gone':
        return;
      case 'foreign':
        return outsideSchema(place.what);
      case 'cards':
      case 'groups':
        return this.recordEntry(item, place.kind, keyOf(key, place.kind));
      case 'card':
        this.card(place.card).writes.push({ key: keyOf(key, 'a card'), value: this.valueOf(item) });
        return;
      case 'comment':
        this.comment(place.card, place.comment).writes.push({ key: keyOf(key, 'a comment'), value: this.valueOf(item) });
        return;
      case 'group':
        this.group(place.group).writes.push({ key: keyOf(key, 'a group'), value: this.valueOf(item) });
        return;
      case 'reactions':
        this.card(place.card).reactions.push({ key: keyOf(key, 'reactions'), value: this.valueOf(item) });
        return;
      case 'text':
        if (key !== null) outsideSchema('keys in a card text');
        if (content.kind === 'string') this.card(place.card).textInserted += item.length;
        else if (content.kind !== 'deleted') outsideSchema(`${content.kind} content in a card text`);
        return;
      case 'comments':
        if (key !== null) outsideSchema('keys in a comment list');
        if (content.kind === 'type' && content.type === 'map') this.placeOfNew(item);
        else if (content.kind !== 'deleted') outsideSchema('comments that are not maps');
        return;
    }
  }

  /** A card or group set under its id: it replaces (deletes) whatever lives under that id now. */
  private recordEntry(item: DecodedItem, root: 'cards' | 'groups', key: string): void {
    const replaced = this.liveEntry(root, key);
    const { content } = item;
    if (content.kind === 'type' && content.type === 'map') {
      const place = this.placeOfNew(item);
      const change = place.kind === 'card' ? this.result.cards.get(place.card.entry) : place.kind === 'group' ? this.result.groups.get(place.group.entry) : null;
      if (change) this.created.set(`${root}\n${key}`, change);
    } else if (content.kind !== 'deleted') {
      outsideSchema(`${root} that are not maps`);
    }
    if (replaced) replaced.deleted = true;
  }

  private liveEntry(root: 'cards' | 'groups', key: string): CardChange | GroupChange | null {
    const here = this.created.get(`${root}\n${key}`);
    if (here && !here.deleted) return here;
    for (let i = this.view.unapplied.length - 1; i >= 0; i--) {
      const changes = root === 'cards' ? this.view.unapplied[i]!.cards : this.view.unapplied[i]!.groups;
      for (const change of changes.values()) {
        const id = 'cardId' in change ? change.cardId : change.groupId;
        if (id !== key || !change.created || change.deleted) continue;
        const node = { entry: change.entry, existing: null, origin: change };
        return root === 'cards' ? this.card({ ...node, cardId: key }) : this.group({ ...node, groupId: key });
      }
    }
    const current = (this.view.doc.share.get(root) as Y.AbstractType<unknown> | undefined)?._map.get(key);
    if (!current || current.deleted || !(current.content instanceof Y.ContentType)) return null;
    const place = placeOfType(current.content.type);
    return place.kind === 'card' ? this.card(place.card) : place.kind === 'group' ? this.group(place.group) : null;
  }

  private readDeletes(): void {
    for (const [client, ranges] of this.decoded.deletes) {
      const docState = this.docState(client);
      const known = Math.max(this.known(client), endClock(this.decoded.clients.get(client)));
      for (const { clock, length } of ranges) {
        const end = clock + length;
        if (end > known) throw new InvalidUpdateError(`deletes edits of client ${client} the server does not have`);
        if (clock < docState) this.deleteInDocument(client, clock, Math.min(end, docState));
        if (end > docState) this.deleteInUpdates(client, Math.max(clock, docState), end);
      }
    }
  }

  private deleteInDocument(client: number, from: number, to: number): void {
    const structs = documentStructs(this.view.doc, client);
    for (let i = Y.findIndexSS(structs, from); i < structs.length; i++) {
      const struct = structs[i]!;
      if (struct.id.clock >= to) break;
      if (!(struct instanceof Y.Item) || struct.deleted) continue;
      const parent = struct.parent instanceof Y.AbstractType ? placeOfType(struct.parent) : GONE;
      const held = struct.content instanceof Y.ContentType ? placeOfType(struct.content.type) : null;
      const count = Math.min(to, struct.id.clock + struct.length) - Math.max(from, struct.id.clock);
      this.deleteItem({ place: parent, key: struct.parentSub }, held, struct.content instanceof Y.ContentString ? count : 0);
    }
  }

  /** Deletions of items not applied yet: those of pending updates, then this one's. */
  private deleteInUpdates(client: number, from: number, to: number): void {
    const sources = [...this.view.unapplied, this.result];
    for (const source of sources) {
      const structs = source.decoded.clients.get(client) ?? [];
      const start = source === this.result ? Math.max(from, this.pendingEnd(client)) : from;
      for (let i = firstEndingAfter(structs, start); i < structs.length; i++) {
        const struct = structs[i]!;
        if (struct.clock >= to) break;
        const parent = struct.kind === 'item' ? source.parents.get(struct) : undefined;
        if (!parent || struct.kind !== 'item' || struct.content.kind === 'deleted') continue;
        const count = Math.min(to, struct.clock + struct.length) - Math.max(start, struct.clock);
        this.deleteItem(parent, source.places.get(struct) ?? null, struct.content.kind === 'string' ? count : 0);
      }
    }
  }

  private deleteItem({ place, key }: ItemParent, held: Place | null, characters: number): void {
    this.result.changes = true;
    switch (place.kind) {
      case 'cards':
        if (held?.kind === 'card') this.card(held.card).deleted = true;
        return;
      case 'groups':
        if (held?.kind === 'group') this.group(held.group).deleted = true;
        return;
      case 'comments':
        if (held?.kind === 'comment') this.comment(held.card, held.comment).deleted = true;
        return;
      case 'text':
        this.card(place.card).textDeleted += characters;
        return;
      case 'card':
        if (key !== null) this.card(place.card).writes.push({ key, value: REMOVED });
        return;
      case 'comment':
        if (key !== null) this.comment(place.card, place.comment).writes.push({ key, value: REMOVED });
        return;
      case 'group':
        if (key !== null) this.group(place.group).writes.push({ key, value: REMOVED });
        return;
      case 'reactions':
        if (key !== null) this.card(place.card).reactions.push({ key, value: REMOVED });
        return;
      default:
        return; // collected content, or content outside the schema: nothing to protect
    }
  }
}
