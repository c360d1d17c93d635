/**
 * Presence: what each client announces through y-protocols awareness (who is here, which
 * card they are writing in). Any client can write it, so the server checks every state
 * against this schema before relaying it (server/docs/presence-gate.ts).
 */
import { z } from 'zod';
import { PRESENCE_COLORS } from './presence-palette';
import { idSchema } from './protocol';

export const PRESENCE_LIMITS = {
  nameMaxChars: 80,
  /** One state, as its JSON bytes on the wire: a name, a colour and a card id fit in 300. */
  stateMaxBytes: 2_048,
  /**
   * Awareness client ids one connection may announce on one document: its own, and one
   * more for a client that renews its Y.Doc (a new client id) without reconnecting.
   */
  clientIdsPerConnection: 2,
} as const;

/**
 * A presence state. `name` is absent on an anonymous board (the server strips it), so a
 * client must cope without it; `editing` is the id of the card being written in.
 */
export const presenceState = z.strictObject({
  user: z.strictObject({
    name: z.string().max(PRESENCE_LIMITS.nameMaxChars).optional(),
    color: z.enum(PRESENCE_COLORS),
    /** The participant id of the token: the server refuses any other. */
    id: idSchema,
  }),
  editing: z.string().min(1).max(40).nullable(),
});
export type PresenceState = z.infer<typeof presenceState>;
