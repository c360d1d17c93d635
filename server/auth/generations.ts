/**
 * The current token generations of the workshops this instance serves, in memory, so that
 * every write and command checks them for nothing. Storage reads, local revocations and
 * other instances' events (through Redis) feed it; generations only ever grow, so a stale
 * read arriving late never undoes a revocation.
 */
import type { LinkGenerations, TokenClaims } from '@shared/protocol';
import type { WorkshopRecord } from '../storage/storage';

export interface Generations {
  links: LinkGenerations;
  organiser: number;
}

/**
 * Where generations come from: a revocation made here (to announce to other instances),
 * another instance's announcement, or a storage read.
 */
export type GenerationSource = 'revoked' | 'remote' | 'storage';

/** Called when a workshop's generations are first known or grew: older tokens are revoked. */
export type GenerationsListener = (workshopId: string, generations: Generations, source: GenerationSource) => void;

/** Enough for every workshop a busy server holds at once; the oldest are forgotten first. */
const MAX_WORKSHOPS = 10_000;

export class GenerationCache {
  private readonly byWorkshop = new Map<string, Generations>();
  private readonly listeners = new Set<GenerationsListener>();

  onGrown(listener: GenerationsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Notes generations read or heard; tells the listeners when any grew. */
  note(workshopId: string, next: Generations, source: GenerationSource = 'storage'): void {
    const known = this.byWorkshop.get(workshopId);
    const merged: Generations = known
      ? {
          links: {
            facilitator: Math.max(known.links.facilitator, next.links.facilitator),
            viewer: Math.max(known.links.viewer, next.links.viewer),
            participant: Math.max(known.links.participant, next.links.participant),
          },
          organiser: Math.max(known.organiser, next.organiser),
        }
      : next;
    this.byWorkshop.delete(workshopId); // re-inserted last: the most recently used are kept
    this.byWorkshop.set(workshopId, merged);
    if (this.byWorkshop.size > MAX_WORKSHOPS) this.byWorkshop.delete(this.byWorkshop.keys().next().value!);
    if (!known || grew(known, merged)) for (const listener of this.listeners) listener(workshopId, merged, source);
  }

  get(workshopId: string): Generations | undefined {
    return this.byWorkshop.get(workshopId);
  }

  workshops(): string[] {
    return [...this.byWorkshop.keys()];
  }
}

function grew(before: Generations, after: Generations): boolean {
  return (
    after.organiser > before.organiser ||
    after.links.facilitator > before.links.facilitator ||
    after.links.viewer > before.links.viewer ||
    after.links.participant > before.links.participant
  );
}

export function generationsOf(workshop: WorkshopRecord): Generations {
  return { links: workshop.linkGenerations, organiser: workshop.organiserGeneration ?? 0 };
}

/** Whether these claims are of the current generation (a token without `gen` is generation 0). */
export function isCurrent(claims: TokenClaims, generations: Generations): boolean {
  const current = claims.role === 'organiser' ? generations.organiser : generations.links[claims.role];
  return (claims.gen ?? 0) === current;
}
