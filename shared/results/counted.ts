/**
 * What the figures count, the same in the dashboard, the reports and the public restitution:
 * the people who joined as participants (not the facilitators, co-organisers or screens who
 * took an invitation), and each card once (a synthesis board copies the tables' cards).
 * Pure and zod-free: the browser may share it.
 */
import type { BackupBoard, WorkshopBackup } from './backup';

type Participant = WorkshopBackup['participants'][number];

/** A participant without a role comes from a backup written before roles were kept: counted. */
export const isParticipant = (p: Participant): boolean => p.role === undefined || p.role === 'participant';

export const countedParticipants = (backup: WorkshopBackup): Participant[] => backup.participants.filter(isParticipant);

/** Boards whose cards are their own: every board but the syntheses, which copy theirs. */
export const ownCardBoards = (boards: readonly BackupBoard[]): BackupBoard[] => boards.filter((b) => b.kind !== 'synthesis');

/** Boards where the room wrote and voted: not the syntheses (copies) nor the roadmaps (the staff's actions). */
export const workingBoards = (boards: readonly BackupBoard[]): BackupBoard[] => boards.filter((b) => b.kind === 'board');
