/** Valid presence states for tests: what the board page announces for a token's bearer. */
import { decodeJwt } from 'jose';
import { PRESENCE_COLORS } from '@shared/presence-palette';
import type { PresenceState } from '@shared/presence';

export const participantOf = (token: string): string => decodeJwt(token).pid as string;

export function presenceOf(token: string, name: string, editing: string | null = null): PresenceState {
  return { user: { name, color: PRESENCE_COLORS[name.length % PRESENCE_COLORS.length]!, id: participantOf(token) }, editing };
}
