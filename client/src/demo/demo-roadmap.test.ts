import { describe, expect, it } from 'vitest';
import { TEMPLATES, type TemplateBoard } from '@shared/templates';
import { DEMO_BOARDS } from './demo-content';

describe('demo roadmap', () => {
  const boards: readonly TemplateBoard[] = TEMPLATES['rencontre-ess'].boards;
  const roadmap = boards.findIndex((b) => b.kind === 'roadmap');
  const actions = DEMO_BOARDS[roadmap]!.flatMap((card) => (card.action ? [card.action] : []));

  it('gives every action of the roadmap board its fields, with every status and some overdue', () => {
    expect(roadmap).toBeGreaterThanOrEqual(0);
    expect(actions).toHaveLength(DEMO_BOARDS[roadmap]!.length);
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['todo', 'doing', 'done']));
    expect(new Set(actions.map((a) => a.leadKind)).size).toBeGreaterThanOrEqual(4);
    expect(actions.some((a) => a.dueInDays !== null && a.dueInDays < 0 && a.status !== 'done')).toBe(true);
    for (const action of actions) expect(action.leadName.length).toBeGreaterThan(0);
  });

  it('links actions only to existing cards of boards that are not roadmaps', () => {
    const answers = actions.flatMap((a) => a.answers);
    expect(answers.length).toBeGreaterThan(5);
    for (const [board, card] of answers) {
      expect(boards[board]?.kind).not.toBe('roadmap');
      expect(DEMO_BOARDS[board]?.[card]).toBeDefined();
    }
  });

  it('keeps action fields on the roadmap board only', () => {
    DEMO_BOARDS.forEach((cards, b) => {
      if (b !== roadmap) expect(cards.every((c) => c.action === undefined)).toBe(true);
    });
  });
});
