/**
 * Rows to records, for both engines: SQLite returns JSON as text and numbers as numbers,
 * PostgreSQL returns JSONB parsed and BIGINT as strings. One mapper accepts both.
 */
import type { BoardKind, ColumnInfo, LinkGenerations } from '@shared/protocol';
import { ROLES, type Role } from '@shared/roles';
import { isStructureKind } from '@shared/structure-kinds';
import type { BoardRecord, ParticipantPatch, ParticipantRecord, WorkshopPatch, WorkshopRecord } from './storage';

type Json<T> = T | string;
type Int = number | string;

export interface WorkshopRow {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  join_code: string;
  created_at: Int;
  archived_at: Int | null;
  link_generations: Json<LinkGenerations>;
  organiser_generation: Int;
  retention_days: Int | null;
  anonymised_at: Int | null;
  demo: Int | boolean;
  current_board_id: string | null;
}
export interface BoardRow {
  id: string;
  workshop_id: string;
  title: string;
  position: number;
  columns: Json<ColumnInfo[]>;
  kind: BoardKind;
  table_name: string | null;
  source_board_id: string | null;
}

const json = <T>(value: Json<T>): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);
const int = (value: Int | null): number | null => (value === null ? null : Number(value));

export const toWorkshop = (r: WorkshopRow): WorkshopRecord => ({
  id: r.id,
  title: r.title,
  date: r.date,
  place: r.place,
  joinCode: r.join_code,
  createdAt: Number(r.created_at),
  archivedAt: int(r.archived_at),
  linkGenerations: json(r.link_generations),
  organiserGeneration: Number(r.organiser_generation),
  retentionDays: int(r.retention_days),
  anonymisedAt: int(r.anonymised_at),
  // SQLite has no boolean: 0 or 1 there, a boolean in PostgreSQL.
  demo: r.demo === true || r.demo === 1,
  currentBoardId: r.current_board_id,
});

export const toBoard = (r: BoardRow): BoardRecord => ({
  id: r.id,
  workshopId: r.workshop_id,
  title: r.title,
  position: r.position,
  columns: json(r.columns),
  kind: r.kind,
  table: r.table_name,
  sourceBoardId: r.source_board_id,
});

/** The columns of a workshop patch, by SQL name; undefined values are left unchanged. */
export const workshopColumns = (patch: WorkshopPatch) => ({
  title: patch.title,
  date: patch.date,
  place: patch.place,
  join_code: patch.joinCode,
  archived_at: patch.archivedAt,
  link_generations: patch.linkGenerations && JSON.stringify(patch.linkGenerations),
  organiser_generation: patch.organiserGeneration,
  retention_days: patch.retentionDays,
  anonymised_at: patch.anonymisedAt,
  current_board_id: patch.currentBoardId,
});

export interface ParticipantRow {
  id: string;
  workshop_id: string;
  name: string;
  joined_at: Int;
  kind: string | null;
  organisation: string | null;
  role: string | null;
}

export const PARTICIPANT_COLUMNS = 'id, workshop_id, name, joined_at, kind, organisation, role';
const isRole = (value: string | null): value is Role => ROLES.some((r) => r === value);

export const toParticipant = (r: ParticipantRow): ParticipantRecord => ({
  id: r.id,
  workshopId: r.workshop_id,
  name: r.name,
  joinedAt: Number(r.joined_at),
  // Only the kinds this version knows: a row written by a newer one reads as no kind.
  kind: isStructureKind(r.kind) ? r.kind : null,
  organisation: r.organisation,
  ...(isRole(r.role) ? { role: r.role } : {}),
});

/** The columns of a participant patch, by SQL name; undefined values are left unchanged. */
export const participantColumns = (patch: ParticipantPatch) =>
  Object.entries({ name: patch.name, kind: patch.kind, organisation: patch.organisation }).filter(([, v]) => v !== undefined);
