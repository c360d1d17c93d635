/**
 * Moderating a public room (issue 12 §7): a facilitator hides a card from the projector and
 * the participants, and may run a board in controlled mode, where participants' cards wait in
 * the facilitator's inbox until accepted. Plain values only (the browser reads them without
 * zod); the request schemas are in protocol.ts. See docs/board-schema.md (`hidden`).
 */
import { LIMITS } from './limits';

/** A hide's reason, as the author and the facilitators read it. */
export const HIDE_REASON_MAX_CHARS = 200;
/** The reasons the hide dialog offers before free text (i18n keys `moderation.reason.<key>`). */
export const SUGGESTED_HIDE_REASONS = ['insult', 'personal_data', 'off_topic'] as const;
export type SuggestedHideReason = (typeof SUGGESTED_HIDE_REASONS)[number];

/**
 * Controlled mode's inbox: a pending card is a card (same text limit); per participant and per
 * board bounds keep one person, or a whole room, from filling the server while nobody accepts.
 */
export const INBOX_LIMITS = {
  textMaxChars: LIMITS.cardTextMaxChars,
  pendingPerParticipant: 50,
  pendingPerBoard: 2_000,
} as const;

/** Refusal reasons of moderation (ApiError.reason): writing into a hidden card, creating a card on a controlled board. */
export const MODERATION_REFUSALS = ['card_hidden', 'controlled'] as const;

/** A hidden card as `GET /api/boards/:id/hidden` tells it: its text only to those who may read it. */
export interface HiddenCard {
  cardId: string;
  /** The card's text before it was hidden. */
  text: string;
  reason: string;
  /** Participant id of the card's author. */
  author: string;
  hiddenAt: number;
}
export interface HiddenCardList {
  cards: HiddenCard[];
}

export const INBOX_STATUSES = ['pending', 'refused'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/** A card waiting in a controlled board's inbox (`GET /api/boards/:id/inbox`). */
export interface InboxCard {
  id: string;
  column: string;
  text: string;
  color: string;
  /** Participant id of whoever wrote it. */
  author: string;
  /** Their name, for the facilitators (empty on an anonymous board). */
  authorName: string;
  createdAt: number;
  status: InboxStatus;
}
export interface InboxList {
  cards: InboxCard[];
}
