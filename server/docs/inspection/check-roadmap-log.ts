/**
 * A roadmap action's notes and status history are a record: a participant (or facilitator)
 * may only add entries at the end, written in their own name, and never rewrite or remove
 * earlier ones; on an anonymous board, nobody's name. Organisers may correct the record. The
 * shapes are field-rules' business; this reads the value before and after.
 */
import { isDeepStrictEqual } from 'node:util';
import { AppError } from '../../errors';
import type { Writer } from './check-ownership';
import { readField, type UpdateDescription } from './update-description';

const LOG_KEYS = new Set(['progress', 'statusHistory']);

const rewritten = () => new AppError('forbidden', 'Notes and status changes are only ever added, never rewritten', 'not_owner');
const forged = () => new AppError('forbidden', 'A note or status change must carry your own participant id', 'author_forged');

const named = () => new AppError('forbidden', 'Authors are anonymous on this board: no names in notes or status changes', 'anonymous_names');

/** `anonymous`: the facilitator hides authors, so a new entry carries no name (as check-names). */
export function checkRoadmapLog(description: UpdateDescription, writer: Writer, anonymous: boolean): void {
  for (const card of description.cards.values()) {
    if (card.deleted) continue;
    for (const { key, value } of card.writes) {
      if (!LOG_KEYS.has(key) || value.kind !== 'value' || !Array.isArray(value.value)) continue;
      const before = card.created ? [] : readField(card, key);
      const kept = Array.isArray(before) ? before : [];
      const after: unknown[] = value.value;
      const added = after.filter((entry, i) => !isDeepStrictEqual(entry, kept[i]));
      if (anonymous && added.some((entry) => ((entry as { byName?: unknown } | null)?.byName ?? '') !== '')) throw named();
      // Organisers, who write in others' names anyway (seeding, imports), may correct the record.
      if (writer.writesForOthers) continue;
      if (after.length < kept.length || kept.some((entry, i) => !isDeepStrictEqual(entry, after[i]))) throw rewritten();
      for (const entry of added) {
        if ((entry as { by?: unknown } | null)?.by !== writer.participantId) throw forged();
      }
    }
  }
}
