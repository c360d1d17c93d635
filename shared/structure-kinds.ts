/**
 * The kinds of structure a participant may say they speak for (issue 15): what the
 * rencontres bring together. Zod-free, so that the join form reads it without the schemas.
 * Not roadmap.ts' LEAD_KINDS, which names who leads an action (a different, shorter list).
 */
export const STRUCTURE_KINDS = [
  'commune',
  'epci',
  'departement',
  'region',
  'metropole',
  'etat',
  'scic',
  'association',
  'entreprise',
  'reseau',
  'recherche',
  'autre',
] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

/** An organisation's name: "Communauté de communes du Pays de …" fits. */
export const ORGANISATION_MAX_CHARS = 120;

/** Who a participant speaks for; both optional: a profile is never required to join. */
export interface ParticipantProfile {
  kind: StructureKind | null;
  organisation: string | null;
}

export const NO_PROFILE: ParticipantProfile = { kind: null, organisation: null };

const KINDS: ReadonlySet<string> = new Set(STRUCTURE_KINDS);
export const isStructureKind = (value: unknown): value is StructureKind => typeof value === 'string' && KINDS.has(value);

/** What anyone in the workshop may see of another's profile: the kind, never the organisation. */
export interface AuthorKind {
  id: string;
  kind: StructureKind | null;
}
