/**
 * RGPD: the personal data is a display name (and the organisation a participant may name). After the retention period chosen by the
 * organiser (counted from archiving), or when asked, every name of a workshop becomes
 * "Participant N": in the participants table, in every board document (card and comment
 * authors) and in the private drafts. A participant may also erase their own name at any
 * time. The same periodic run deletes demo workshops once their lifetime is over, so that
 * each "Découvrir avec un exemple" leaves nothing behind. Transport-free; the clock is
 * injected so that tests can move it.
 */
import * as Y from 'yjs';
import { cardsOf } from '@shared/board-model';
import { pseudonyms } from '@shared/results/anonymise';
import { renameLogWriters } from '@shared/roadmap-log';
import type { BoardRegistry } from '../docs/board-registry';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { Storage } from '../storage/storage';
import { draftsDocKey } from './private-drafts';
import type { WorkshopService } from './workshop-service';

export const RETENTION_CHECK_MS = 60 * 60 * 1_000;
const HOUR_MS = 60 * 60 * 1_000;
const DAY_MS = 24 * HOUR_MS;

/** When the names of a workshop archived at `archivedAt` are due to be replaced. */
export const retentionDueAt = (archivedAt: number, retentionDays: number) => archivedAt + retentionDays * DAY_MS;

/** Author id → the name to write instead, or null to leave that author's name alone. */
type Rename = (authorId: string) => string | null;

/**
 * Renames authors of cards and comments in one document. Blank names (anonymous boards)
 * stay blank, and unchanged fields are not written, so a second run changes nothing.
 */
export function renameAuthors(doc: Y.Doc, rename: Rename): void {
  const apply = (map: Y.Map<unknown>) => {
    const author = map.get('author');
    const current = map.get('authorName');
    if (typeof author !== 'string' || typeof current !== 'string' || current === '') return;
    const next = rename(author);
    if (next !== null && next !== current) map.set('authorName', next);
  };
  cardsOf(doc).forEach((card) => {
    if (!(card instanceof Y.Map)) return;
    apply(card);
    renameLogWriters(card, rename);
    const comments = card.get('comments');
    if (comments instanceof Y.Array) {
      for (const comment of comments.toArray()) if (comment instanceof Y.Map) apply(comment as Y.Map<unknown>);
    }
  });
}

interface Deps {
  storage: Storage;
  registry: BoardRegistry;
  log: Logger;
  /** Deletes a workshop the way a deleted board goes: sessions ended, documents discarded. */
  workshops: Pick<WorkshopService, 'removeWorkshop'>;
  /** DEMO_LIFETIME_HOURS: how long a demo workshop lives; 0 keeps them. */
  demoLifetimeHours: number;
  now?: () => number;
}

export class Retention {
  private readonly storage: Storage;
  private readonly registry: BoardRegistry;
  private readonly log: Logger;
  private readonly workshops: Deps['workshops'];
  private readonly demoLifetimeMs: number;
  private readonly now: () => number;
  private running: Promise<number> | null = null;

  constructor({ storage, registry, log, workshops, demoLifetimeHours, now = Date.now }: Deps) {
    this.storage = storage;
    this.registry = registry;
    this.log = log;
    this.workshops = workshops;
    this.demoLifetimeMs = demoLifetimeHours * HOUR_MS;
    this.now = now;
  }

  /**
   * Runs now, then every `intervalMs` (unref'd: it never keeps the process alive). The
   * returned stop waits for a run under way, so storage is not closed beneath it.
   */
  start(intervalMs = RETENTION_CHECK_MS): () => Promise<void> {
    const tick = () => void this.runOnce();
    tick();
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await this.running;
    };
  }

  /**
   * Anonymises every archived workshop whose period has run out and deletes every demo
   * workshop past its lifetime; returns how many workshops it anonymised or deleted. A
   * failure is logged and left for the next run, never thrown.
   */
  runOnce(at = this.now()): Promise<number> {
    // One run at a time: a run asked for during another starts once that one has ended.
    const run = (this.running ?? Promise.resolve(0)).then(async () => (await this.expire(at)) + (await this.removeDemos(at)));
    this.running = run;
    void run.finally(() => {
      if (this.running === run) this.running = null;
    });
    return run;
  }

  /** Replaces every name of the workshop by "Participant N" and records when. */
  async anonymiseWorkshop(workshopId: string, at = this.now()): Promise<void> {
    const people = await this.participantsByJoinOrder(workshopId);
    // One numbering for the whole workshop: the same person has the same number everywhere.
    const name = pseudonyms(people.map((p) => p.id));
    // The organisation would name the person as surely as their name; the kind of structure stays.
    for (const person of people) await this.storage.updateParticipant(person.id, { name: name(person.id), organisation: null });
    await this.renameInDocuments(workshopId, name);
    await this.storage.updateWorkshop(workshopId, { anonymisedAt: at });
  }

  /**
   * Erases one person's name (participant row, their cards and comments) and their
   * organisation's name, which would give them away; returns the new name.
   */
  async eraseName(workshopId: string, participantId: string): Promise<string> {
    if (!(await this.storage.getWorkshop(workshopId))) throw new AppError('not_found', 'No such workshop');
    const people = await this.participantsByJoinOrder(workshopId);
    const name = pseudonyms(people.map((p) => p.id))(participantId);
    if (people.some((p) => p.id === participantId)) await this.storage.updateParticipant(participantId, { name, organisation: null });
    await this.renameInDocuments(workshopId, (author) => (author === participantId ? name : null));
    return name;
  }

  private async expire(at: number): Promise<number> {
    let done = 0;
    try {
      for (const workshop of await this.storage.listExpiredWorkshops(at)) {
        try {
          await this.anonymiseWorkshop(workshop.id, at);
          done++;
          this.log.info({ workshopId: workshop.id }, 'names replaced after the retention period');
        } catch (err) {
          this.log.error({ err, workshopId: workshop.id }, 'anonymising failed; retried at the next run');
        }
      }
    } catch (err) {
      this.log.error({ err }, 'listing expired workshops failed; retried at the next run');
    }
    return done;
  }

  private async removeDemos(at: number): Promise<number> {
    if (this.demoLifetimeMs === 0) return 0;
    let done = 0;
    try {
      for (const workshop of await this.storage.listDemoWorkshops(at - this.demoLifetimeMs)) {
        try {
          await this.workshops.removeWorkshop(workshop.id);
          done++;
          this.log.info({ workshopId: workshop.id }, 'demo workshop deleted at the end of its lifetime');
        } catch (err) {
          this.log.error({ err, workshopId: workshop.id }, 'deleting a demo workshop failed; retried at the next run');
        }
      }
    } catch (err) {
      this.log.error({ err }, 'listing expired demo workshops failed; retried at the next run');
    }
    return done;
  }

  private async participantsByJoinOrder(workshopId: string) {
    const people = await this.storage.listParticipants(workshopId);
    return [...people].sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1));
  }

  /** Rewrites each stored trash copy and checkpoint whose names change. */
  private async renameInHistory(boardId: string, rename: Rename): Promise<void> {
    const history = this.storage.history;
    const renamed = (data: Uint8Array): Uint8Array | null => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, data);
      let changed = false;
      doc.on('update', () => (changed = true));
      renameAuthors(doc, rename);
      const result = changed ? Y.encodeStateAsUpdate(doc) : null;
      doc.destroy();
      return result;
    };
    for (const entry of await history.listTrash(boardId, Number.MAX_SAFE_INTEGER)) {
      const data = renamed(entry.data);
      if (data) await history.rewriteTrash(entry.id, data);
    }
    for (const { id } of await history.listCheckpoints(boardId)) {
      const checkpoint = await history.getCheckpoint(boardId, id);
      const data = checkpoint && renamed(checkpoint.data);
      if (data) await history.rewriteCheckpoint(id, data);
    }
  }

  /**
   * Every board document of the workshop, every private drafts document of its boards, and
   * what their history keeps: deleted cards and checkpoints.
   */
  private async renameInDocuments(workshopId: string, rename: Rename): Promise<void> {
    for (const board of await this.storage.listBoards(workshopId)) {
      await this.renameInHistory(board.id, rename);
      const drafts = await this.storage.listDocuments(draftsDocKey(board.id, ''));
      for (const docId of [board.id, ...drafts]) {
        const live = await this.registry.acquire(docId);
        try {
          await live.change((doc) => renameAuthors(doc, rename));
        } finally {
          this.registry.release(docId);
        }
      }
    }
  }
}
