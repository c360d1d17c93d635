import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits';
import { SCENARIOS, keepCards, p99TargetMs, selectScenarios, withOverrides, type LoadScenario } from './plans';

const load = (name: string) => SCENARIOS.find((s) => s.name === name) as LoadScenario;

describe('benchmark scenarios', () => {
  it('selects all, one, or a list, and refuses unknown names', () => {
    expect(selectScenarios('all')).toHaveLength(SCENARIOS.length);
    expect(selectScenarios('board-10, tables').map((s) => s.name)).toEqual(['board-10', 'tables']);
    expect(() => selectScenarios('board-11')).toThrow(/unknown scenario "board-11"/);
  });

  it('runs the peers on one instance only', () => {
    for (const s of SCENARIOS) if (s.kind === 'load') expect(s.peers).toBe(s.instances === 1);
    expect(load('day-1000-x2')).toMatchObject({ clients: 1_000, instances: 2, peers: false });
    expect(load('tables')).toMatchObject({ clients: 500, boards: 20 });
  });

  it('keeps every card unless the board would pass 90% of its limit', () => {
    expect(keepCards(load('board-100'), 30)).toBe(Infinity);
    // 200 clients × 2 cards/s × 30 s = 12,000 cards: each keeps its share of 9,000.
    const keep = keepCards(load('board-200'), 30);
    expect(keep).toBe(45);
    expect(keep * 200).toBeLessThanOrEqual(LIMITS.maxCardsPerBoard * 0.9);
    // Twenty boards share the load of the tables day.
    expect(keepCards(load('tables'), 600)).toBe(Infinity);
  });

  it('applies command-line changes and names the changed scenario', () => {
    const changed = withOverrides(load('board-200'), { clients: 50, instances: 2 });
    expect(changed).toMatchObject({ name: 'board-200*', clients: 50, instances: 2, peers: false });
    expect(withOverrides(load('board-200'), {})).toBe(load('board-200'));
  });

  it('states the issue targets', () => {
    expect([p99TargetMs(200), p99TargetMs(500), p99TargetMs(1_000)]).toEqual([100, 250, null]);
  });
});
