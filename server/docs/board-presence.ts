/**
 * One board's presence (awareness): each client's message checked before it is applied
 * (presence-gate), changes gathered into one broadcast ~30 times a second (less often for a
 * crowd: batch-window.ts), and what a connection announced forgotten when it leaves. Lives
 * beside the board's Y.Doc (BoardDoc).
 */
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates, type Awareness } from 'y-protocols/awareness';
import { presenceWindowMs } from './batch-window';
import type { DocHooks } from './doc-hooks';
import { gatePresence, withoutName, type PresenceSender, type PresenceView } from './presence-gate';
import { PresenceOwners } from './presence-owners';
import { readPresenceEntries, writePresenceEntries } from './presence-wire';

/** Origin of changes that came from another instance (a string: not a connection to track). */
export const REMOTE = 'remote';

export interface PresenceContext {
  boardId: string;
  hooks: DocHooks;
  /** Sends one awareness update to every listener of the board. */
  broadcast(update: Uint8Array): void;
  /** A closed or deleted board has nobody left to tell. */
  closed(): boolean;
  /** Connections this instance relays the board to: a crowd's presence is gathered longer. */
  clients(): number;
}

export class BoardPresence {
  /** Awareness client ids announced through each connection, to clear them when it leaves. */
  private readonly owners = new PresenceOwners();
  private changed = new Set<number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly awareness: Awareness,
    private readonly context: PresenceContext,
  ) {
    awareness.setLocalState(null);
    awareness.on('update', this.onChange);
  }

  /**
   * Presence from one of this instance's clients: decoded once, checked, and only what passes
   * is applied and relayed, re-encoded from the checked states. Throws InvalidAwarenessError
   * for a malformed message.
   */
  apply(update: Uint8Array, owner: object, sender: PresenceSender): void {
    const { accepted, claimed } = gatePresence(readPresenceEntries(update), sender, this.view(owner));
    if (accepted.length === 0) return;
    for (const id of claimed) this.owners.claim(id, owner, sender.participantId);
    const checked = writePresenceEntries(accepted);
    applyAwarenessUpdate(this.awareness, checked, owner);
    this.context.hooks.onClientAwareness?.(this.context.boardId, checked);
  }

  private view(owner: object): PresenceView {
    return {
      ownerOf: (id) => {
        const found = this.owners.ownerOf(id);
        return found && { self: found.connection === owner, participantId: found.participantId };
      },
      ownedBySender: this.owners.count(owner),
      known: (id) => {
        const meta = this.awareness.meta.get(id);
        if (!meta) return undefined;
        const user = (this.awareness.states.get(id) as { user?: { id?: unknown } } | undefined)?.user;
        const participantId = typeof user?.id === 'string' ? user.id : this.owners.participantOf(id);
        return { clock: meta.clock, participantId: participantId ?? null };
      },
    };
  }

  /** Forgets the presence a connection announced (its user left or dropped). */
  detach(owner: object): void {
    const ids = this.owners.release(owner).filter((id) => this.awareness.states.has(id));
    if (ids.length === 0 || this.context.closed()) return;
    removeAwarenessStates(this.awareness, ids, null);
    this.context.hooks.onClientAwareness?.(this.context.boardId, encodeAwarenessUpdate(this.awareness, ids));
  }

  applyRemote(update: Uint8Array): void {
    if (!this.context.closed()) applyAwarenessUpdate(this.awareness, update, REMOTE);
  }

  /**
   * Every known presence, for a client that just arrived; without names on an anonymous
   * board (states announced before anonymity was turned on still hold them).
   */
  full(anonymous: boolean): Uint8Array | null {
    const entries = [...this.awareness.getStates()].map(([clientId, state]) => ({
      clientId,
      clock: this.awareness.meta.get(clientId)?.clock ?? 0,
      state: anonymous ? withoutName(state) : state,
    }));
    return entries.length > 0 ? writePresenceEntries(entries) : null;
  }

  private readonly onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    for (const id of [...added, ...updated, ...removed]) this.changed.add(id);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      const ids = [...this.changed];
      this.changed = new Set();
      if (ids.length === 0) return;
      this.context.broadcast(encodeAwarenessUpdate(this.awareness, ids));
    }, presenceWindowMs(this.context.clients()));
  };

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.awareness.destroy();
  }
}
