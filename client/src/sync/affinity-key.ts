/**
 * A random key this browser sends with every Socket.IO request (`?aff=…`), so that a proxy in
 * front of several instances keeps each long-polling session on one of them by hashing it
 * (nginx: `hash $arg_aff consistent`) instead of by client address: a venue's whole room
 * reaches the server from one public address and would otherwise land on one instance.
 * It identifies a browser to the proxy only; the server ignores it.
 */
import { newId } from '@shared/ids';

const STORAGE_KEY = 'coatelier-affinity';

export function affinityKey(): string {
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (kept) return kept;
    const key = newId();
    localStorage.setItem(STORAGE_KEY, key);
    return key;
  } catch {
    // No storage (Node: tests and the benchmark; a browser that refuses it): a key per
    // connection still keeps each session on one instance, which is all stickiness needs.
    return newId();
  }
}
