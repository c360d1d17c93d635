/**
 * One BoardDoc listener per board and transport, however many connections follow the
 * board, so that each broadcast is encoded once per transport rather than once per client.
 */
import type { BoardDoc, BoardListener } from '../docs/board-doc';

interface Subscription<M> {
  members: Set<M>;
  unsubscribe: () => void;
}

export class BoardSubscriptions<M> {
  private readonly subs = new Map<string, Subscription<M>>();

  constructor(private readonly makeListener: (boardId: string, members: ReadonlySet<M>) => BoardListener) {}

  add(board: BoardDoc, member: M): void {
    let sub = this.subs.get(board.boardId);
    if (!sub) {
      const members = new Set<M>();
      sub = { members, unsubscribe: board.subscribe(this.makeListener(board.boardId, members)) };
      this.subs.set(board.boardId, sub);
    }
    sub.members.add(member);
  }

  remove(boardId: string, member: M): void {
    const sub = this.subs.get(boardId);
    if (!sub) return;
    sub.members.delete(member);
    if (sub.members.size === 0) {
      sub.unsubscribe();
      this.subs.delete(boardId);
    }
  }

  get connectionCount(): number {
    let n = 0;
    for (const sub of this.subs.values()) n += sub.members.size;
    return n;
  }
}
