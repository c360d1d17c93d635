/**
 * Which entries of a client's awareness update may be applied and relayed: the rules that
 * keep one connection from speaking for others. Pure: the document's current presence
 * comes in through a PresenceView, and nothing is applied here.
 *
 * A connection owns the client ids it announced first (at most a couple); it may update or
 * remove those, and claim a new one only with a newer clock, a valid state naming its own
 * participant, and no other person's presence already there. Everything else is dropped
 * without a word: stock y-websocket clients echo every presence they receive, so foreign
 * ids are normal traffic, not an attack to answer.
 */
import { PRESENCE_LIMITS, presenceState, type PresenceState } from '@shared/presence';
import type { TokenClaims } from '@shared/protocol';
import { can } from '@shared/roles';
import type { PresenceEntry, RawPresenceEntry } from './presence-wire';

export interface PresenceSender {
  participantId: string;
  /** Viewers (the projector) announce nothing. */
  mayAnnounce: boolean;
  /** On an anonymous board names are stripped before anyone else sees them. */
  anonymous: boolean;
}

export function presenceSender(claims: TokenClaims, anonymous: boolean): PresenceSender {
  return { participantId: claims.pid, mayAnnounce: can(claims.role, 'board.edit'), anonymous };
}

/** What the gate reads of the document's presence. */
export interface PresenceView {
  /** The connection of this instance that announced the id, if any: the sender's or another's. */
  ownerOf(clientId: number): { self: boolean; participantId: string } | undefined;
  /** How many ids the sender's connection owns already. */
  ownedBySender: number;
  /**
   * The last clock known for the id (from any instance), and whose it is: the participant of
   * its state, or of its last announcement here once removed; null when nobody can tell.
   */
  known(clientId: number): { clock: number; participantId: string | null } | undefined;
}

export interface GateResult {
  accepted: PresenceEntry[];
  /** Ids the sender's connection owns from now on. */
  claimed: number[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A state without its person's name, for anonymous boards. Leaves anything else as it is. */
export function withoutName<S>(state: S): S {
  if (typeof state !== 'object' || state === null || !('user' in state)) return state;
  const { user } = state as { user: unknown };
  if (typeof user !== 'object' || user === null || !('name' in user)) return state;
  const rest: Record<string, unknown> = { ...user };
  delete rest.name;
  return { ...state, user: rest };
}

type Parsed = { kind: 'state'; state: PresenceState } | { kind: 'removal' } | { kind: 'invalid' };

function parseState(json: Uint8Array, sender: PresenceSender): Parsed {
  if (json.byteLength > PRESENCE_LIMITS.stateMaxBytes) return { kind: 'invalid' };
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(json));
  } catch {
    return { kind: 'invalid' };
  }
  if (raw === null) return { kind: 'removal' };
  const parsed = presenceState.safeParse(raw);
  if (!parsed.success || parsed.data.user.id !== sender.participantId) return { kind: 'invalid' };
  return { kind: 'state', state: sender.anonymous ? withoutName(parsed.data) : parsed.data };
}

export function gatePresence(entries: readonly RawPresenceEntry[], sender: PresenceSender, view: PresenceView): GateResult {
  const accepted: PresenceEntry[] = [];
  const claimed: number[] = [];
  if (!sender.mayAnnounce) return { accepted, claimed };
  for (const { clientId, clock, json } of entries) {
    const owner = view.ownerOf(clientId);
    if (owner?.self || claimed.includes(clientId)) {
      const parsed = parseState(json, sender);
      if (parsed.kind !== 'invalid') accepted.push({ clientId, clock, state: parsed.kind === 'state' ? parsed.state : null });
      continue;
    }
    // A new id: another person's connection, another person's presence, an echo of what is
    // known already, or one id too many, and it stays someone else's.
    if (owner && owner.participantId !== sender.participantId) continue;
    const known = view.known(clientId);
    if (known && clock <= known.clock) continue;
    if (known?.participantId && known.participantId !== sender.participantId) continue;
    if (view.ownedBySender + claimed.length >= PRESENCE_LIMITS.clientIdsPerConnection) continue;
    const parsed = parseState(json, sender);
    if (parsed.kind !== 'state') continue;
    accepted.push({ clientId, clock, state: parsed.state });
    claimed.push(clientId);
  }
  return { accepted, claimed };
}
