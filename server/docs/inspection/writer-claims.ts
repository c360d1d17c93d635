/**
 * Which participant writes under which Yjs client id, on one live board. Yjs trusts ids: an
 * update carrying someone else's client id at their next clock would be stored in their name,
 * and their own edits with those ids skipped as already known, everywhere but on their screen.
 * The first participant to add structs under an id claims it while the board is in memory.
 * Held per instance and forgotten on unload: see docs/architecture.md (Write checks).
 */
import { InvalidUpdateError } from './decode-update';

export class WriterClaims {
  private readonly owners = new Map<number, string>();

  /** Throws unless every id is free or already this participant's. */
  check(clients: Iterable<number>, participantId: string): void {
    for (const client of clients) {
      const owner = this.owners.get(client);
      if (owner !== undefined && owner !== participantId) {
        throw new InvalidUpdateError(`Yjs client ${client} writes for another participant`);
      }
    }
  }

  claim(clients: Iterable<number>, participantId: string): void {
    for (const client of clients) if (!this.owners.has(client)) this.owners.set(client, participantId);
  }
}
