/**
 * Every open connection of this instance (Socket.IO and y-websocket), by workshop, so that
 * what the organiser does takes effect on connections already open: a revoked or expired
 * token ends its connection, a deleted board ends the sessions on it. The transports
 * register each connection and say how to end it.
 */
import type { Authenticator, LapseReason } from '../auth/authenticator';
import type { Bearer } from '../auth/tokens';
import { AppError } from '../errors';

export interface LiveConnection {
  readonly bearer: Bearer;
  /** The boards this connection follows now (its main or drafts documents). */
  boards(): Iterable<string>;
  /** Tells the client why, then closes the connection. */
  end(refusal: AppError): void;
  /** Tells the client why, then stops following this board (the connection may follow others). */
  leaveBoard(boardId: string, refusal: AppError): void;
}

const LAPSE_MESSAGES: Record<LapseReason, string> = {
  revoked: 'This access has been revoked by the organiser',
  expired: 'This access has expired: join again',
};

export function lapseRefusal(reason: LapseReason): AppError {
  return new AppError('unauthorized', LAPSE_MESSAGES[reason], reason);
}

export const boardDeletedRefusal = () => new AppError('not_found', 'This board has been deleted', 'board_deleted');

export class LiveConnections {
  private readonly byWorkshop = new Map<string, Set<LiveConnection>>();

  constructor(private readonly auth: Authenticator) {}

  /** Registers an open connection; call the result when it closes. */
  add(connection: LiveConnection): () => void {
    const wid = connection.bearer.claims.wid;
    let set = this.byWorkshop.get(wid);
    if (!set) this.byWorkshop.set(wid, (set = new Set()));
    set.add(connection);
    return () => {
      set.delete(connection);
      if (set.size === 0 && this.byWorkshop.get(wid) === set) this.byWorkshop.delete(wid);
    };
  }

  /** Throws the refusal that ends the connection when its token no longer holds (every message). */
  assertLive(connection: Pick<LiveConnection, 'bearer'>): void {
    const lapse = this.auth.lapse(connection.bearer);
    if (lapse) throw lapseRefusal(lapse);
  }

  /** Ends the workshop's connections whose tokens no longer hold (after a revocation). */
  endLapsed(workshopId: string): void {
    for (const connection of [...(this.byWorkshop.get(workshopId) ?? [])]) {
      const lapse = this.auth.lapse(connection.bearer);
      if (lapse) connection.end(lapseRefusal(lapse));
    }
  }

  /** Ends every session on a deleted board. */
  endBoard(workshopId: string, boardId: string): void {
    for (const connection of [...(this.byWorkshop.get(workshopId) ?? [])]) {
      if ([...connection.boards()].includes(boardId)) connection.leaveBoard(boardId, boardDeletedRefusal());
    }
  }

  /** Workshops with open connections here, and the boards they follow. */
  online(): Map<string, Set<string>> {
    const result = new Map<string, Set<string>>();
    for (const [wid, connections] of this.byWorkshop) {
      const boards = new Set<string>();
      for (const c of connections) for (const b of c.boards()) boards.add(b);
      result.set(wid, boards);
    }
    return result;
  }
}
