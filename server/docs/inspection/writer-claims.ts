/**
 * Which participant writes under which Yjs client id, on one live board. Yjs trusts ids: an
 * update carrying someone else's client id at their next clock would be stored in their name,
 * and their own edits with those ids skipped as already known, everywhere but on their screen.
 * An id belongs to the participant whose presence announces it (the presence gate checks that
 * a presence names its sender, on every instance), else to the first participant who adds
 * structs under it while the board is in memory. See docs/architecture.md (Write checks).
 */
import { InvalidUpdateError } from './decode-update';

/** The participant whose checked presence uses a Yjs client id, if any. */
export type PresenceOwner = (client: number) => string | undefined;

export class WriterClaims {
  private readonly owners = new Map<number, string>();

  /** Throws unless every id is free or already this participant's. */
  check(clients: Iterable<number>, participantId: string, announcedBy: PresenceOwner): void {
    for (const client of clients) {
      const owner = announcedBy(client) ?? this.owners.get(client);
      if (owner !== undefined && owner !== participantId) {
        throw new InvalidUpdateError(`Yjs client ${client} writes for another participant`);
      }
    }
  }

  claim(clients: Iterable<number>, participantId: string): void {
    for (const client of clients) if (!this.owners.has(client)) this.owners.set(client, participantId);
  }
}
