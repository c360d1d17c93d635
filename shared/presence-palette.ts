/**
 * The colours a person may pick for their presence; dark enough for white text (WCAG AA).
 * Apart from the presence schema so that pages without a board load no zod for it.
 */
export const PRESENCE_COLORS = ['#b3261e', '#7a4d00', '#1d6b35', '#0b5c8a', '#6a3d9a', '#a0316e', '#00696b'] as const;
export type PresenceColor = (typeof PRESENCE_COLORS)[number];
