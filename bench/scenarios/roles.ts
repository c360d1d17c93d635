/**
 * Who does what in a load run. Observers (full replicas that measure latency) are spread
 * over the transports in proportion, `observerShare` of the clients, at least
 * MIN_OBSERVERS_PER_TRANSPORT and at most MAX_OBSERVERS_PER_TRANSPORT per transport, so that
 * neither transport's latency rests on one client. A share of the other clients are full
 * replicas too (they apply what they receive, as browsers do), up to a cap; the rest are
 * writers that receive without applying.
 */
import type { Role, Transport } from '../load/connect';

export const MIN_OBSERVERS_PER_TRANSPORT = 3;
/**
 * Full replicas apply every broadcast: 50 observers of a 1,000-client day on the harness's
 * one thread (and 95 replicas on its writer threads) fell seconds behind, so that the run
 * measured the harness, not the server. Past these, more replicas add no information.
 */
export const MAX_OBSERVERS_PER_TRANSPORT = 8;
export const MAX_REPLICAS_PER_TRANSPORT = 10;

export interface TransportShare {
  transport: Transport;
  /** Share of the clients, 0..1; the shares sum to 1. */
  share: number;
}

export interface RoleMix {
  observerShare: number;
  replicaShare: number;
}

/** Client i's transport: each transport takes every (1/share)th client, the first the rest. */
export function transportOf(i: number, shares: readonly TransportShare[]): Transport {
  for (const { transport, share } of shares.slice(1)) {
    if (share > 0 && i % Math.round(1 / share) === 0) return transport;
  }
  return shares[0]!.transport;
}

export function assignRoles(clients: number, shares: readonly TransportShare[], mix: RoleMix): { transport: Transport; role: Role }[] {
  const transports = Array.from({ length: clients }, (_, i) => transportOf(i, shares));
  const total = new Map<Transport, number>();
  for (const t of transports) total.set(t, (total.get(t) ?? 0) + 1);
  const seen = new Map<Transport, number>();
  return transports.map((transport) => {
    const k = seen.get(transport) ?? 0;
    seen.set(transport, k + 1);
    const n = total.get(transport)!;
    const obs = Math.min(n, Math.max(MIN_OBSERVERS_PER_TRANSPORT, Math.min(MAX_OBSERVERS_PER_TRANSPORT, Math.ceil(mix.observerShare * n))));
    const replicas = Math.min(MAX_REPLICAS_PER_TRANSPORT, Math.round(mix.replicaShare * (n - obs)));
    const role: Role = k < obs ? 'observer' : k < obs + replicas ? 'replica' : 'writer';
    return { transport, role };
  });
}
