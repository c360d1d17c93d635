/** Public restitutions in PostgreSQL (table created by its migrations). */
import type pg from 'pg';
import { PUBLISH_SQL, toPublication, type NewPublication, type PublicationRecord, type PublicationRow, type PublicationStore } from './publication-store';

export class PostgresPublications implements PublicationStore {
  constructor(private readonly pool: pg.Pool) {}

  async live(workshopId: string): Promise<PublicationRecord | null> {
    const { rows } = await this.pool.query<PublicationRow>('SELECT * FROM publications WHERE workshop_id = $1 AND withdrawn_at IS NULL', [workshopId]);
    return rows[0] ? toPublication(rows[0]) : null;
  }

  async bySlug(slug: string): Promise<PublicationRecord | null> {
    const { rows } = await this.pool.query<PublicationRow>('SELECT * FROM publications WHERE slug = $1', [slug]);
    return rows[0] ? toPublication(rows[0]) : null;
  }

  async publish(p: NewPublication): Promise<PublicationRecord> {
    const { rows } = await this.pool.query<PublicationRow>(PUBLISH_SQL((n) => `$${n}`), [
      p.slug,
      p.workshopId,
      JSON.stringify(p.boards),
      p.indexable,
      p.publishedAt,
      p.updatedAt,
    ]);
    return toPublication(rows[0] as PublicationRow);
  }

  async withdraw(workshopId: string, at: number): Promise<boolean> {
    const { rowCount } = await this.pool.query('UPDATE publications SET withdrawn_at = $2 WHERE workshop_id = $1 AND withdrawn_at IS NULL', [workshopId, at]);
    return (rowCount ?? 0) > 0;
  }
}
