/**
 * Reads one presence (awareness) state. Any client may write any state, so nothing is
 * trusted: a name that is not a string is no name, a colour outside the palette is not
 * drawn (a `url(…)` would make every browser fetch it), long strings are cut.
 */
import { PRESENCE_COLORS } from '../../identity/identity-store';

export const PRESENCE_NAME_MAX_CHARS = 80;
/** Card ids are short; anything longer names no card. */
const EDITING_MAX_CHARS = 64;
/** Drawn for a person whose colour is not one of ours. */
export const NEUTRAL_COLOR = '#57606a';

export interface PresenceRead {
  /** Empty on an anonymous board, where the server strips names. */
  name: string;
  color: string;
  editing: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readPresence(state: unknown): PresenceRead | null {
  if (!isObject(state) || !isObject(state.user)) return null;
  const { name, color } = state.user;
  const editing = state.editing;
  return {
    name: typeof name === 'string' ? name.trim().slice(0, PRESENCE_NAME_MAX_CHARS) : '',
    color: typeof color === 'string' && (PRESENCE_COLORS as readonly string[]).includes(color) ? color : NEUTRAL_COLOR,
    editing: typeof editing === 'string' && editing.length > 0 && editing.length <= EDITING_MAX_CHARS ? editing : null,
  };
}
