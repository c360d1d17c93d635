/**
 * Shapes and sizes of what an update writes: known keys only, each value of its kind and
 * within its length, required keys on new maps, ids for new cards and groups, `true` for
 * reactions. Shapes are refused with invalid_request, lengths with payload_too_large.
 */
import * as Y from 'yjs';
import { REACTIONS } from '@shared/card-comments';
import { AppError } from '../../errors';
import { CARD_KEYS, COMMENT_KEYS, GROUP_KEYS, isDocId, reactionOwner, type KeyRule } from './field-rules';
import type { FieldWrite, MapChange, UpdateDescription } from './update-description';

function invalid(message: string): never {
  throw new AppError('invalid_request', message);
}

function checkWrite(rules: ReadonlyMap<string, KeyRule>, change: MapChange, { key, value }: FieldWrite, what: string): void {
  const rule = rules.get(key);
  if (!rule) invalid(`A ${what} has no field "${key.slice(0, 40)}"`);
  const existing = change.created ? undefined : change.existing?.get(key);
  if (!change.created && rule.access === 'fixed') invalid(`A ${what}'s ${key} is set when it is created`);
  if (!change.created && rule.access === 'container' && (existing instanceof Y.AbstractType || value.kind !== 'type')) {
    invalid(`A ${what}'s ${key} is created once, never replaced`);
  }
  if (value.kind === 'removed') {
    const replaced = change.writes.some((w) => w.key === key && w.value.kind !== 'removed');
    if (!rule.removable && !replaced) invalid(`A ${what}'s ${key} cannot be removed`);
    return;
  }
  if (typeof rule.holds === 'string') {
    if (value.kind !== 'type' || value.type !== rule.holds) invalid(`A ${what}'s ${key} is a Y.${rule.holds}`);
    return;
  }
  if (value.kind !== 'value') return invalid(`A ${what}'s ${key} is a plain value`);
  const verdict = rule.holds(value.value);
  if (verdict === 'size') throw new AppError('payload_too_large', `A ${what}'s ${key} is too long`, 'too_long');
  if (verdict === 'shape') invalid(`A ${what}'s ${key} has the wrong shape`);
}

/** A map deleted by the update is not checked: what it writes there goes with it. */
function checkMap(rules: ReadonlyMap<string, KeyRule>, change: MapChange, what: string): void {
  if (change.deleted) return;
  for (const write of change.writes) checkWrite(rules, change, write, what);
  if (!change.created) return;
  for (const [key, rule] of rules) {
    if (rule.required && !change.writes.some((w) => w.key === key && w.value.kind !== 'removed')) {
      invalid(`A new ${what} needs its ${key}`);
    }
  }
}

export function checkFields(description: UpdateDescription): void {
  for (const card of description.cards.values()) {
    if (card.deleted) continue;
    if (card.created && !isDocId(card.cardId)) invalid('A card id is 1 to 64 letters, digits, - or _');
    checkMap(CARD_KEYS, card, 'card');
    for (const comment of card.comments.values()) checkMap(COMMENT_KEYS, comment, 'comment');
    for (const { key, value } of card.reactions) {
      if (reactionOwner(key, REACTIONS) === null) invalid('A reaction key is "<emoji> <participant id>"');
      if (value.kind === 'type' || (value.kind === 'value' && value.value !== true)) invalid('A reaction is `true`');
    }
  }
  for (const group of description.groups.values()) {
    if (group.deleted) continue;
    if (group.created && !isDocId(group.groupId)) invalid('A group id is 1 to 64 letters, digits, - or _');
    checkMap(GROUP_KEYS, group, 'group');
  }
}
