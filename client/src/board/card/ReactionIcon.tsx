/**
 * Reactions drawn as small inline icons rather than emoji: locked-down municipal machines
 * often lack a colour emoji font, and an empty box says nothing.
 */
import type { Reaction } from '@shared/card-comments';

/** The reactions' names in the messages (`discussion.reactions.*`), in the order of REACTIONS. */
export const REACTION_KEYS = ['like', 'love', 'idea', 'question', 'priority'] as const;

const PATHS: Record<Reaction, string> = {
  '👍': 'M5 7v6.5H2.5V7H5Zm0 0 2.6-4.6c.9 0 1.6.8 1.4 1.7L8.6 6.3h3.6c.9 0 1.5.8 1.3 1.6l-1 4.4c-.2.7-.8 1.2-1.5 1.2H5',
  '❤️': 'M8 13.5S2 10 2 5.9A3 3 0 0 1 8 4.6a3 3 0 0 1 6 1.3C14 10 8 13.5 8 13.5Z',
  '💡': 'M6 12h4M6.5 14h3M8 2a4 4 0 0 0-2.3 7.3c.3.3.5.7.5 1.1V11h3.6v-.6c0-.4.2-.8.5-1.1A4 4 0 0 0 8 2Z',
  '❓': 'M5.8 5.8a2.3 2.3 0 1 1 3.2 2.1c-.6.3-1 .8-1 1.4v.7M8 12.3v.2',
  '🎯': 'M8 14A6 6 0 1 0 8 2a6 6 0 0 0 0 12Zm0-3a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm0-2.5a.5.5 0 1 0 0-1 .5.5 0 0 0 0 1Z',
};

export function ReactionIcon({ reaction }: { reaction: Reaction }) {
  return (
    <svg className="reaction-icon" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[reaction]} />
    </svg>
  );
}
