/**
 * A column as the rows of its list: each group's header followed by its cards (unless
 * folded), then the cards in no group, private drafts among them in order. Linear in the
 * column's cards: every card is placed once, through a map of its group.
 */
import type { Group } from '@shared/board-groups';
import { compareCards } from '@shared/board-model';
import type { Slot } from '../store/card-record';

export type Row =
  | { kind: 'group'; key: string; group: Group; count: number }
  | { kind: 'card'; key: string; id: string; draft: boolean; group: Group | null };

export interface ColumnInput {
  slots: readonly Slot[];
  /** This participant's private drafts in the column (they have no group). */
  drafts: readonly Slot[];
  /** The column's groups, in order. */
  groups: readonly Group[];
  /** The filter, when one is set. */
  visible: ((id: string) => boolean) | null;
  /** Votes per card, when the room reads the most voted first. */
  votes: ((id: string) => number) | null;
}

export function columnRows({ slots, drafts, groups, visible, votes }: ColumnInput): Row[] {
  const byGroup = new Map<string, Slot[]>(groups.map((g) => [g.id, []]));
  const loose: { slot: Slot; draft: boolean }[] = [];
  // A reveal copies a draft into the board before deleting it: while both hold it, the board's
  // copy is the row (same key, same place), so that a card being written keeps its editor.
  const revealed = drafts.length > 0 ? new Set(slots.map((s) => s.id)) : null;
  // Both lists are sorted: merged in one pass, so that drafts stand where they will once revealed.
  let d = 0;
  const takeDrafts = (until: Slot | null) => {
    while (d < drafts.length && (until === null || compareCards(drafts[d]!, until) < 0)) {
      const draft = drafts[d++]!;
      if (!revealed?.has(draft.id)) loose.push({ slot: draft, draft: true });
    }
  };
  for (const slot of slots) {
    const members = slot.group === null ? undefined : byGroup.get(slot.group);
    if (members) members.push(slot);
    else {
      takeDrafts(slot);
      loose.push({ slot, draft: false });
    }
  }
  takeDrafts(null);

  const shown = <T extends { id: string }>(list: T[]) => (visible ? list.filter((s) => visible(s.id)) : list);
  const ranked = <T extends { id: string }>(list: T[]) =>
    votes ? list.map((s, i) => ({ s, i, n: votes(s.id) })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.s) : list;

  const rows: Row[] = [];
  for (const group of groups) {
    const members = ranked(shown(byGroup.get(group.id)!));
    rows.push({ kind: 'group', key: `group:${group.id}`, group, count: members.length });
    if (!group.collapsed) for (const slot of members) rows.push({ kind: 'card', key: slot.id, id: slot.id, draft: false, group });
  }
  const rest = ranked(shown(loose.map(({ slot, draft }) => ({ id: slot.id, draft }))));
  for (const { id, draft } of rest) rows.push({ kind: 'card', key: id, id, draft, group: null });
  return rows;
}

/** The cards of the rows, in the order shown (what dnd-kit sorts). */
export function cardIds(rows: readonly Row[]): string[] {
  return rows.flatMap((row) => (row.kind === 'card' ? [row.id] : []));
}
