/**
 * Public restitutions (`Storage.publications`): which boards a workshop publishes, under
 * which random path, and since when. A withdrawn one keeps its row, so that its old path
 * says "withdrawn" (410) instead of "never existed"; publishing again after that starts a
 * new path. At most one live publication per workshop (a partial unique index).
 */

export interface PublicationRecord {
  slug: string;
  workshopId: string;
  boards: string[];
  indexable: boolean;
  publishedAt: number;
  updatedAt: number;
  withdrawnAt: number | null;
}

export type NewPublication = Omit<PublicationRecord, 'withdrawnAt'>;

export interface PublicationStore {
  /** The workshop's live publication, if any. */
  live(workshopId: string): Promise<PublicationRecord | null>;
  bySlug(slug: string): Promise<PublicationRecord | null>;
  /**
   * Inserts `p`, or, when the workshop already has a live one, changes its boards,
   * indexable and updatedAt and keeps its slug and publishedAt. Returns what is stored.
   */
  publish(p: NewPublication): Promise<PublicationRecord>;
  /** Withdraws the live publication; false when there was none. */
  withdraw(workshopId: string, at: number): Promise<boolean>;
}

/**
 * The table, for both engines' migrations; deleting a workshop deletes its publications.
 * The upsert below is the same SQL on both engines (placeholders aside).
 */
export const publicationTables = (types: { int: string; bool: string; json: string }) => `
  CREATE TABLE publications (
    slug TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    boards ${types.json} NOT NULL,
    indexable ${types.bool} NOT NULL,
    published_at ${types.int} NOT NULL,
    updated_at ${types.int} NOT NULL,
    withdrawn_at ${types.int}
  );
  CREATE UNIQUE INDEX publications_live ON publications(workshop_id) WHERE withdrawn_at IS NULL;`;

export const PUBLISH_SQL = (p: (n: number) => string) => `
  INSERT INTO publications (slug, workshop_id, boards, indexable, published_at, updated_at)
  VALUES (${[1, 2, 3, 4, 5, 6].map(p).join(', ')})
  ON CONFLICT (workshop_id) WHERE withdrawn_at IS NULL
  DO UPDATE SET boards = excluded.boards, indexable = excluded.indexable, updated_at = excluded.updated_at
  RETURNING *`;

export interface PublicationRow {
  slug: string;
  workshop_id: string;
  boards: string | string[];
  indexable: number | boolean;
  published_at: number | string;
  updated_at: number | string;
  withdrawn_at: number | string | null;
}

/** SQLite gives JSON text and 0/1, PostgreSQL parsed JSON, booleans and BIGINT strings. */
export function toPublication(row: PublicationRow): PublicationRecord {
  const boards: unknown = typeof row.boards === 'string' ? JSON.parse(row.boards) : row.boards;
  return {
    slug: row.slug,
    workshopId: row.workshop_id,
    boards: Array.isArray(boards) ? boards.filter((b): b is string => typeof b === 'string') : [],
    indexable: row.indexable === true || row.indexable === 1,
    publishedAt: Number(row.published_at),
    updatedAt: Number(row.updated_at),
    withdrawnAt: row.withdrawn_at === null ? null : Number(row.withdrawn_at),
  };
}
