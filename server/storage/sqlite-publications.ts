/** Public restitutions in SQLite (table created by SqliteStore's migrations). */
import type Database from 'better-sqlite3';
import { PUBLISH_SQL, toPublication, type NewPublication, type PublicationRecord, type PublicationRow, type PublicationStore } from './publication-store';

export class SqlitePublications implements PublicationStore {
  constructor(private readonly db: Database.Database) {}

  async live(workshopId: string): Promise<PublicationRecord | null> {
    const row = this.db.prepare('SELECT * FROM publications WHERE workshop_id = ? AND withdrawn_at IS NULL').get(workshopId) as PublicationRow | undefined;
    return row ? toPublication(row) : null;
  }

  async bySlug(slug: string): Promise<PublicationRecord | null> {
    const row = this.db.prepare('SELECT * FROM publications WHERE slug = ?').get(slug) as PublicationRow | undefined;
    return row ? toPublication(row) : null;
  }

  async publish(p: NewPublication): Promise<PublicationRecord> {
    const row = this.db
      .prepare(PUBLISH_SQL(() => '?'))
      .get(p.slug, p.workshopId, JSON.stringify(p.boards), p.indexable ? 1 : 0, p.publishedAt, p.updatedAt) as PublicationRow;
    return toPublication(row);
  }

  async withdraw(workshopId: string, at: number): Promise<boolean> {
    return this.db.prepare('UPDATE publications SET withdrawn_at = ? WHERE workshop_id = ? AND withdrawn_at IS NULL').run(at, workshopId).changes > 0;
  }
}
