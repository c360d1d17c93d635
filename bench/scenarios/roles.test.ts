import { describe, expect, it } from 'vitest';
import { MAX_OBSERVERS, MAX_REPLICAS, MIN_OBSERVERS_PER_TRANSPORT, assignRoles, type TransportShare } from './roles';

const MIX = { observerShare: 0.05, replicaShare: 0.1 };
const COATELIER: TransportShare[] = [
  { transport: 'socketio', share: 0.8 },
  { transport: 'ywebsocket', share: 0.2 },
];
const PEER: TransportShare[] = [{ transport: 'hocuspocus', share: 1 }];
const count = (roles: ReturnType<typeof assignRoles>, transport: string, role: string) =>
  roles.filter((r) => r.transport === transport && r.role === role).length;
const all = (roles: ReturnType<typeof assignRoles>, role: string) => roles.filter((r) => r.role === role).length;

describe('roles of the simulated clients', () => {
  it('spreads observers over the transports in proportion, 5% of the clients', () => {
    const roles = assignRoles(200, COATELIER, MIX);
    expect(count(roles, 'socketio', 'observer')).toBe(8);
    expect(count(roles, 'ywebsocket', 'observer')).toBe(MIN_OBSERVERS_PER_TRANSPORT);
    // A tenth of the others apply what they receive, up to the cap, in proportion too.
    expect(count(roles, 'socketio', 'replica')).toBe(8);
    expect(count(roles, 'ywebsocket', 'replica')).toBe(2);
    expect(roles.filter((r) => r.transport === 'ywebsocket')).toHaveLength(40);
  });

  it('gives one transport or two the same measuring work', () => {
    for (const clients of [200, 1_000]) {
      const two = assignRoles(clients, COATELIER, MIX);
      const one = assignRoles(clients, PEER, MIX);
      expect(all(two, 'replica')).toBe(all(one, 'replica'));
      // At most the minimum per transport more observers.
      expect(all(two, 'observer') - all(one, 'observer')).toBeLessThanOrEqual(MIN_OBSERVERS_PER_TRANSPORT);
    }
  });

  it('caps the full replicas of a large run, which the harness could not keep up with', () => {
    const roles = assignRoles(1_000, COATELIER, MIX);
    expect(all(roles, 'observer')).toBe(MAX_OBSERVERS + 1);
    expect(all(roles, 'replica')).toBe(MAX_REPLICAS);
    expect(all(assignRoles(1_000, PEER, MIX), 'observer')).toBe(MAX_OBSERVERS);
    expect(all(roles, 'writer')).toBe(1_000 - MAX_OBSERVERS - 1 - MAX_REPLICAS);
  });

  it('keeps at least three observers per transport on a small run', () => {
    const roles = assignRoles(100, COATELIER, MIX);
    expect(count(roles, 'socketio', 'observer')).toBe(4);
    expect(count(roles, 'ywebsocket', 'observer')).toBe(MIN_OBSERVERS_PER_TRANSPORT);
  });

  it('cannot have more observers than clients', () => {
    const roles = assignRoles(2, PEER, MIX);
    expect(roles).toEqual([
      { transport: 'hocuspocus', role: 'observer' },
      { transport: 'hocuspocus', role: 'observer' },
    ]);
  });
});
