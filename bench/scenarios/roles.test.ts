import { describe, expect, it } from 'vitest';
import { MAX_OBSERVERS_PER_TRANSPORT, MAX_REPLICAS_PER_TRANSPORT, MIN_OBSERVERS_PER_TRANSPORT, assignRoles, type TransportShare } from './roles';

const MIX = { observerShare: 0.05, replicaShare: 0.1 };
const COATELIER: TransportShare[] = [
  { transport: 'socketio', share: 0.8 },
  { transport: 'ywebsocket', share: 0.2 },
];
const count = (roles: ReturnType<typeof assignRoles>, transport: string, role: string) =>
  roles.filter((r) => r.transport === transport && r.role === role).length;

describe('roles of the simulated clients', () => {
  it('spreads observers over the transports in proportion, 5% of the clients', () => {
    const roles = assignRoles(200, COATELIER, MIX);
    expect(count(roles, 'socketio', 'observer')).toBe(8);
    expect(count(roles, 'ywebsocket', 'observer')).toBe(MIN_OBSERVERS_PER_TRANSPORT);
    // A tenth of the others apply what they receive.
    expect(count(roles, 'socketio', 'replica')).toBe(10);
    expect(count(roles, 'ywebsocket', 'replica')).toBe(4);
    expect(roles.filter((r) => r.transport === 'ywebsocket')).toHaveLength(40);
  });

  it('caps the full replicas of a large run, which the harness could not keep up with', () => {
    const roles = assignRoles(1_000, COATELIER, MIX);
    expect(count(roles, 'socketio', 'observer')).toBe(MAX_OBSERVERS_PER_TRANSPORT);
    expect(count(roles, 'ywebsocket', 'observer')).toBe(MAX_OBSERVERS_PER_TRANSPORT);
    expect(count(roles, 'socketio', 'replica')).toBe(MAX_REPLICAS_PER_TRANSPORT);
    expect(count(roles, 'ywebsocket', 'replica')).toBe(MAX_REPLICAS_PER_TRANSPORT);
    expect(roles.filter((r) => r.role === 'writer')).toHaveLength(1_000 - 2 * (MAX_OBSERVERS_PER_TRANSPORT + MAX_REPLICAS_PER_TRANSPORT));
  });

  it('keeps at least three observers per transport on a small run', () => {
    const roles = assignRoles(100, COATELIER, MIX);
    expect(count(roles, 'socketio', 'observer')).toBe(4);
    expect(count(roles, 'ywebsocket', 'observer')).toBe(MIN_OBSERVERS_PER_TRANSPORT);
  });

  it('cannot have more observers than clients', () => {
    const roles = assignRoles(2, [{ transport: 'hocuspocus', share: 1 }], MIX);
    expect(roles).toEqual([
      { transport: 'hocuspocus', role: 'observer' },
      { transport: 'hocuspocus', role: 'observer' },
    ]);
  });
});
