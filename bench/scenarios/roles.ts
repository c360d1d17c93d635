/**
 * Who does what in a load run. Observers (full replicas that measure latency) are
 * `observerShare` of the clients, at most MAX_OBSERVERS in all, spread over the transports in
 * proportion with at least MIN_OBSERVERS_PER_TRANSPORT each, so that neither transport's
 * latency rests on one client. A share of the other clients are full replicas too (they apply
 * what they receive, as browsers do), at most MAX_REPLICAS in all; the rest are writers that
 * receive without applying. The caps hold for the whole run, not per transport: every server
 * is then measured by a harness doing the same work, whatever its number of transports.
 */
import type { Role, Transport } from '../load/connect';

export const MIN_OBSERVERS_PER_TRANSPORT = 3;
/**
 * Full replicas apply every broadcast: 50 observers of a 1,000-client day on the harness's
 * one thread (and 95 replicas on its writer threads) fell seconds behind, so that the run
 * measured the harness, not the server. Past these, more replicas add no information.
 */
export const MAX_OBSERVERS = 10;
export const MAX_REPLICAS = 10;

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
  const observersWanted = Math.min(MAX_OBSERVERS, Math.ceil(mix.observerShare * clients));
  const observers = new Map<Transport, number>();
  for (const [t, n] of total) observers.set(t, Math.min(n, Math.max(MIN_OBSERVERS_PER_TRANSPORT, Math.round((observersWanted * n) / clients))));
  const observed = [...observers.values()].reduce((sum, n) => sum + n, 0);
  const replicasWanted = Math.min(MAX_REPLICAS, Math.round(mix.replicaShare * (clients - observed)));
  const seen = new Map<Transport, number>();
  return transports.map((transport) => {
    const k = seen.get(transport) ?? 0;
    seen.set(transport, k + 1);
    const n = total.get(transport)!;
    const obs = observers.get(transport)!;
    const replicas = Math.min(n - obs, Math.round((replicasWanted * n) / clients));
    const role: Role = k < obs ? 'observer' : k < obs + replicas ? 'replica' : 'writer';
    return { transport, role };
  });
}
