import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '@shared/templates';
import { DEMO_COMMENTS, DEMO_GROUPS, DEMO_REACTIONS, DEMO_TABLES, DEMO_VOTES, TABLES_BOARD, VOTE_BOARD, VOTE_POINTS } from './demo-activity';
import { DEMO_BOARDS, SCIC_BOARD, SCIC_COLUMNS } from './demo-content';
import { DEMO_PEOPLE, PERSON_KEYS } from './demo-people';

const boards = TEMPLATES['rencontre-ess'].boards;
const cardAt = (board: number, card: number) => DEMO_BOARDS[board]?.[card];

describe('demo content', () => {
  it('fills each board of the Rencontre ESS template with a dozen cards in existing columns, by demo participants', () => {
    expect(DEMO_BOARDS).toHaveLength(boards.length);
    DEMO_BOARDS.forEach((cards, b) => {
      expect(cards.length).toBeGreaterThanOrEqual(12);
      for (const card of cards) {
        expect(card.column).toBeGreaterThanOrEqual(0);
        expect(card.column).toBeLessThan(boards[b]!.columns.length);
        expect(card.text.length).toBeGreaterThan(10);
        expect(PERSON_KEYS).toContain(card.author);
      }
    });
  });

  it('names a SCIC for each generic column of the lessons board', () => {
    expect(boards[SCIC_BOARD]!.title).toBe('Enseignements SCIC');
    expect(SCIC_COLUMNS).toHaveLength(boards[SCIC_BOARD]!.columns.length);
    expect(boards[SCIC_BOARD]!.columns).not.toContain('Biau Jardin');
  });

  it('gives each participant a name and an organisation that fit the join form', () => {
    for (const person of Object.values(DEMO_PEOPLE)) {
      expect(person.name.length).toBeLessThanOrEqual(60);
      expect(person.organisation.length).toBeLessThanOrEqual(120);
    }
  });

  it('votes within the budget, once per card, on cards of the vote board', () => {
    const voters = Object.entries(DEMO_VOTES);
    expect(voters.length).toBeGreaterThanOrEqual(5);
    for (const [, cards] of voters) {
      expect(cards!.length).toBeLessThanOrEqual(VOTE_POINTS);
      expect(new Set(cards).size).toBe(cards!.length);
      for (const card of cards!) expect(cardAt(VOTE_BOARD, card)).toBeDefined();
    }
  });

  it('reacts, comments and groups on existing cards, each reaction once per person', () => {
    for (const r of DEMO_REACTIONS) expect(cardAt(VOTE_BOARD, r.card)).toBeDefined();
    expect(new Set(DEMO_REACTIONS.map((r) => `${r.card} ${r.by} ${r.reaction}`)).size).toBe(DEMO_REACTIONS.length);
    expect(DEMO_COMMENTS.some((c) => (c.replies?.length ?? 0) > 0)).toBe(true);
    for (const c of DEMO_COMMENTS) expect(cardAt(c.board, c.card)).toBeDefined();
    for (const g of DEMO_GROUPS) {
      expect(g.column).toBeLessThan(boards[g.board]!.columns.length);
      // A group holds cards of its own column.
      for (const card of g.cards) expect(cardAt(g.board, card)?.column).toBe(g.column);
    }
  });

  it('gives two tables cards in the columns of the board they copy', () => {
    expect(DEMO_TABLES).toHaveLength(2);
    for (const cards of DEMO_TABLES) {
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) expect(card.column).toBeLessThan(boards[TABLES_BOARD]!.columns.length);
    }
  });
});
