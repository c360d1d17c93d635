/**
 * A lead's follow-up link: a token naming one action (a card of one roadmap board). It is
 * signed with the server's secret under its own issuer, so that no other route, and neither
 * live transport, accepts it (they verify the `coatelier` issuer): all it can ever do is what
 * the follow-up routes let it. It carries the viewer links' generation, so revoking those
 * links ends every follow-up link of the workshop at once.
 */
import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';
import { idSchema } from '@shared/protocol';
import { ORGANISER_LINK_LIFETIME_MS } from '../auth/token-lifetimes';

const ISSUER = 'coatelier:followup';

export const cardIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a card id');

export const followupClaims = z.object({
  wid: idSchema,
  /** The roadmap board. */
  bid: idSchema,
  /** The action's card (a board's card ids are any document id). */
  act: cardIdSchema,
  gen: z.number().int().min(0),
});
export type FollowupClaims = z.infer<typeof followupClaims>;

export class FollowupTokens {
  constructor(
    private readonly secret: Uint8Array,
    private readonly now: () => number = Date.now,
  ) {}

  /** Followed over the year, until the next rencontre: as long as the organiser's own link. */
  sign(claims: FollowupClaims): Promise<string> {
    const issuedAt = Math.floor(this.now() / 1000);
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + Math.floor(ORGANISER_LINK_LIFETIME_MS / 1000))
      .sign(this.secret);
  }

  /** The claims of a valid, unexpired follow-up token, or null. Generations are checked by the caller. */
  async verify(token: unknown): Promise<FollowupClaims | null> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 2_000) return null;
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'], currentDate: new Date(this.now()) });
      const parsed = followupClaims.safeParse(payload);
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
