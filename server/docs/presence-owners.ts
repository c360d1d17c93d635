/**
 * Which connection of this instance announced which awareness client ids on one document,
 * so that a connection only ever speaks for its own ids and its presence is cleared when it
 * leaves. An id stays owned after its state is removed (a tab that blurs and comes back),
 * and whose it was is remembered after its connection left, so that only the same person
 * takes it again (a client reconnecting keeps its id).
 */
interface Owner {
  connection: object;
  participantId: string;
}

export class PresenceOwners {
  private readonly byId = new Map<number, Owner>();
  private readonly byConnection = new Map<object, Set<number>>();
  /** The participant who last announced each id; as many entries as awareness keeps clocks. */
  private readonly lastParticipant = new Map<number, string>();

  ownerOf(clientId: number): Owner | undefined {
    return this.byId.get(clientId);
  }

  /** Who last announced this id through this instance, even after their connection left. */
  participantOf(clientId: number): string | undefined {
    return this.lastParticipant.get(clientId);
  }

  count(connection: object): number {
    return this.byConnection.get(connection)?.size ?? 0;
  }

  /** The id is the connection's from now on (taken from another connection of the same person). */
  claim(clientId: number, connection: object, participantId: string): void {
    const previous = this.byId.get(clientId);
    if (previous) this.byConnection.get(previous.connection)?.delete(clientId);
    this.byId.set(clientId, { connection, participantId });
    this.lastParticipant.set(clientId, participantId);
    let ids = this.byConnection.get(connection);
    if (!ids) this.byConnection.set(connection, (ids = new Set()));
    ids.add(clientId);
  }

  /** Forgets the connection; returns the ids it owned. */
  release(connection: object): number[] {
    const ids = [...(this.byConnection.get(connection) ?? [])];
    this.byConnection.delete(connection);
    for (const id of ids) this.byId.delete(id);
    return ids;
  }
}
