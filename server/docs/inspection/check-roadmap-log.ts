/**
 * A roadmap action's notes and status history are a record: a participant (or facilitator)
 * may only add entries at the end, written in their own name, and never rewrite or remove
 * earlier ones; on an anonymous board, nobody's name. Organisers may correct the record. The
 * shapes are field-rules' business; this reads the value before and after.
 *
 * A log is one plain value: two notes written at once (the author on two devices, the author and
 * a facilitator) would both be accepted, and Yjs would keep one of the two values. So "before"
 * is what an accepted, not yet applied update writes there, if any: a note that does not build on
 * it is refused as a conflict, rolled back on its writer's screen, never acknowledged then lost.
 */
import { isDeepStrictEqual } from 'node:util';
import { AppError } from '../../errors';
import type { Writer } from './check-ownership';
import { readField, type UpdateDescription } from './update-description';

const LOG_KEYS = new Set(['progress', 'statusHistory']);

const rewritten = () => new AppError('forbidden', 'Notes and status changes are only ever added, never rewritten', 'not_owner');
const forged = () => new AppError('forbidden', 'A note or status change must carry your own participant id', 'author_forged');

const concurrent = () => new AppError('conflict', 'Someone else added a note or changed the status at the same moment');

const named = () => new AppError('forbidden', 'Authors are anonymous on this board: no names in notes or status changes', 'anonymous_names');

/** The log an accepted update not applied yet writes on this card (`entry`), the latest one's. */
function pendingLog(unapplied: readonly UpdateDescription[], entry: string, key: string): unknown[] | null {
  for (let i = unapplied.length - 1; i >= 0; i--) {
    const writes = unapplied[i]!.cards.get(entry)?.writes ?? [];
    for (let w = writes.length - 1; w >= 0; w--) {
      const { key: written, value } = writes[w]!;
      if (written === key && value.kind === 'value' && Array.isArray(value.value)) return value.value;
    }
  }
  return null;
}

/**
 * `anonymous`: the facilitator hides authors, so a new entry carries no name (as check-names).
 * `unapplied`: the updates accepted before this one and not applied yet (see above).
 */
export function checkRoadmapLog(description: UpdateDescription, writer: Writer, anonymous: boolean, unapplied: readonly UpdateDescription[]): void {
  for (const card of description.cards.values()) {
    if (card.deleted) continue;
    for (const { key, value } of card.writes) {
      if (!LOG_KEYS.has(key) || value.kind !== 'value' || !Array.isArray(value.value)) continue;
      const pending = card.created ? null : pendingLog(unapplied, card.entry, key);
      const before = pending ?? (card.created ? [] : readField(card, key));
      const kept = Array.isArray(before) ? before : [];
      const after: unknown[] = value.value;
      const added = after.filter((entry, i) => !isDeepStrictEqual(entry, kept[i]));
      if (anonymous && added.some((entry) => ((entry as { byName?: unknown } | null)?.byName ?? '') !== '')) throw named();
      // Organisers, who write in others' names anyway (seeding, imports), may correct the record.
      if (writer.writesForOthers) continue;
      if (after.length < kept.length || kept.some((entry, i) => !isDeepStrictEqual(entry, after[i]))) throw pending ? concurrent() : rewritten();
      for (const entry of added) {
        if ((entry as { by?: unknown } | null)?.by !== writer.participantId) throw forged();
      }
    }
  }
}
