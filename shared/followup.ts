/**
 * The lead's follow-up page (`/suivi/<token>`): what it reads and writes through
 * `/api/followup`, with the follow-up token as its bearer. No participant id is handed out:
 * an entry says only whether the lead wrote it, and the writer's name.
 */
import { z } from 'zod';
import { ROADMAP_STATUSES, type RoadmapFields, type RoadmapStatus } from './roadmap';
import { ROADMAP_NOTE_MAX_CHARS } from './roadmap-log';
import { LIMITS } from './limits';

/** Where the lead's page lives: the token follows. */
export const FOLLOWUP_PATH = '/suivi/';

interface SharedEntry {
  at: number;
  byName: string;
  /** Written through the follow-up link. */
  byLead: boolean;
}
export type SharedNote = SharedEntry & { text: string };
export type SharedStatusChange = SharedEntry & { status: RoadmapStatus };

export interface FollowupAction extends Omit<RoadmapFields, 'links'> {
  workshopTitle: string;
  boardTitle: string;
  text: string;
  progress: SharedNote[];
  statusHistory: SharedStatusChange[];
}

export interface FollowupLink {
  path: string;
}

/** The lead signs with a name of their choosing, or stays "Porteur". */
const leadName = z.string().trim().max(LIMITS.nameMaxChars).optional();

export const followupStatusBody = z.object({ status: z.enum(ROADMAP_STATUSES), name: leadName });
export const followupNoteBody = z.object({ text: z.string().trim().min(1).max(ROADMAP_NOTE_MAX_CHARS), name: leadName });

/** Taking up the previous rencontre's roadmap: its workshop and an organiser token of it. */
export const roadmapImportBody = z.strictObject({ fromWorkshopId: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/), fromToken: z.string().min(10).max(2_000) });
export interface RoadmapImportResult {
  /** The roadmap board the actions went to. */
  boardId: string;
  /** Actions copied (those taken up before are not copied again). */
  added: number;
}
