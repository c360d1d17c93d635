import { describe, expect, it } from 'vitest';
import { compareCards } from '../shared/board-model';
import { LOCAL_AUTHOR, REMOTE_AUTHOR, planBoard, plannedText, seededRandom } from './browser-plan';

const columns = ['c1', 'c2', 'c3', 'c4', 'c5'];
const plan = (cards: number, seed = 7) => planBoard({ cards, columns, participants: 16, votesEach: 20, seed });

describe('the browser benchmark board plan', () => {
  it('is the same board for the same seed, another for another seed', () => {
    expect(plan(300)).toEqual(plan(300));
    expect(plan(300, 8).cards[0]!.text).not.toBe(plan(300).cards[0]!.text);
  });

  it('writes cards of 5 to 30 words, ending like sentences', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 500; i++) {
      const words = plannedText(random, 5, 30).split(' ');
      expect(words.length).toBeGreaterThanOrEqual(5);
      expect(words.length).toBeLessThanOrEqual(30);
      expect(words.at(-1)).toMatch(/\.$/);
    }
  });

  it('spreads the cards evenly over the columns, each column in its planned order', () => {
    const { cards } = plan(2_000);
    expect(new Set(cards.map((c) => c.id)).size).toBe(2_000);
    for (const column of columns) {
      const own = cards.filter((c) => c.column === column);
      expect(own).toHaveLength(400);
      expect([...own].sort(compareCards)).toEqual(own);
    }
  });

  it('puts the two typed cards first in the first group of the first two columns, by their typists', () => {
    const { cards, groups, localCard, remoteCard } = plan(300);
    const [local, remote] = cards;
    const firstGroup = (column: string) => groups.find((g) => g.column === column)!.id;
    expect([local!.id, local!.column, local!.author, local!.group]).toEqual([localCard, 'c1', LOCAL_AUTHOR, firstGroup('c1')]);
    expect([remote!.id, remote!.column, remote!.author, remote!.group]).toEqual([remoteCard, 'c2', REMOTE_AUTHOR, firstGroup('c2')]);
    for (const typed of [local!, remote!]) {
      expect(cards.filter((c) => c.column === typed.column).sort(compareCards)[0]).toBe(typed);
    }
  });

  it('groups, reacts, comments and votes on a share of the cards, within the rules', () => {
    const { cards, groups, votes } = plan(2_000);
    const share = (has: (c: (typeof cards)[number]) => boolean) => cards.filter(has).length / cards.length;
    expect(share((c) => c.group !== null)).toBeGreaterThan(0.1);
    expect(share((c) => c.reactions.length > 0)).toBeGreaterThan(0.2);
    expect(share((c) => c.comments.length > 0)).toBeGreaterThan(0.1);
    const groupColumn = new Map(groups.map((g) => [g.id, g.column]));
    for (const card of cards) {
      if (card.group) expect(groupColumn.get(card.group)).toBe(card.column);
      const keys = card.reactions.map((r) => `${r.reaction} ${r.by}`);
      expect(new Set(keys).size).toBe(keys.length);
      // Nobody reacts to or comments on their own card in the plan.
      expect([...card.reactions, ...card.comments].every((r) => r.by !== card.author)).toBe(true);
    }
    expect(votes).toHaveLength(16);
    for (const mine of votes) expect(new Set(mine).size).toBe(20);
  });
});
