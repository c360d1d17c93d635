/**
 * Public restitutions: publishing a choice of boards under a random path, withdrawing it,
 * and building the public picture from storage (kept a few seconds: restitution-cache.ts),
 * so that it follows the workshop; the publication row is read at every request, so a
 * withdrawal holds at once on every instance.
 */
import { randomBytes } from 'node:crypto';
import { publicationPath, type PublicationChoice, type Restitution } from '@shared/publication';
import { AppError } from '../errors';
import type { WorkshopSnapshots } from '../results/workshop-snapshot';
import type { PublicationRecord } from '../storage/publication-store';
import type { Storage } from '../storage/storage';
import { buildRestitution, type RestitutionChoice } from './build-restitution';
import type { PublishBody } from './publication-body';
import { RestitutionCache } from './restitution-cache';

/** 24 random bytes: 32 url-safe characters. */
const newSlug = () => randomBytes(24).toString('base64url');

const choiceOf = (p: PublicationRecord): PublicationChoice => ({
  path: publicationPath(p.slug),
  boards: p.boards,
  indexable: p.indexable,
  publishedAt: p.publishedAt,
  updatedAt: p.updatedAt,
});

export type PublicRead = { state: 'live'; restitution: Restitution } | { state: 'withdrawn' } | { state: 'none' };

export class Publications {
  constructor(
    private readonly storage: Storage,
    private readonly snapshots: WorkshopSnapshots,
    private readonly cache = new RestitutionCache(),
  ) {}

  /** Returns the stored choice and whether it is a new publication (a new path). */
  async publish(workshopId: string, body: PublishBody, now = Date.now()): Promise<{ choice: PublicationChoice; created: boolean }> {
    await this.checkBoards(workshopId, body.boards);
    const slug = newSlug();
    const stored = await this.storage.publications.publish({ slug, workshopId, boards: body.boards, indexable: body.indexable, publishedAt: now, updatedAt: now });
    return { choice: choiceOf(stored), created: stored.slug === slug };
  }

  async current(workshopId: string): Promise<PublicationChoice> {
    const live = await this.storage.publications.live(workshopId);
    if (!live) throw new AppError('not_found', 'This workshop has no public restitution');
    return choiceOf(live);
  }

  async withdraw(workshopId: string): Promise<void> {
    if (!(await this.storage.publications.withdraw(workshopId, Date.now()))) {
      throw new AppError('not_found', 'This workshop has no public restitution');
    }
  }

  /** What the page would show with this choice, published or not. */
  async preview(workshopId: string, boards: string[]): Promise<Restitution> {
    await this.checkBoards(workshopId, boards);
    return this.build(workshopId, { boards, indexable: false });
  }

  async read(slug: string): Promise<PublicRead> {
    const p = await this.storage.publications.bySlug(slug);
    if (!p) return { state: 'none' };
    if (p.withdrawnAt !== null) return { state: 'withdrawn' };
    return { state: 'live', restitution: await this.cache.get(p.slug, `${p.updatedAt}:${p.indexable}:${p.boards.join(',')}`, () => this.build(p.workshopId, p)) };
  }

  private async build(workshopId: string, choice: RestitutionChoice): Promise<Restitution> {
    return buildRestitution(await this.snapshots.read(workshopId), choice);
  }

  private async checkBoards(workshopId: string, boards: readonly string[]): Promise<void> {
    const known = new Set((await this.storage.listBoards(workshopId)).map((b) => b.id));
    if (boards.some((id) => !known.has(id))) throw new AppError('invalid_request', 'boards: a board is not in this workshop', 'publication_unknown_board');
  }
}
