/**
 * Signed bearer tokens (HS256) with an expiry. The secret is kept by the storage, so tokens
 * survive restarts and every instance on one database accepts them (see signing-secret.ts).
 */
import { SignJWT, jwtVerify } from 'jose';
import { tokenClaims, type TokenClaims } from '@shared/protocol';
import { TOKEN_LIFETIME_MS, legacyExpiry } from './token-lifetimes';

const ISSUER = 'coatelier';

/** A verified token: what it says, and when it was issued and expires (ms since epoch). */
export interface Bearer {
  claims: TokenClaims;
  issuedAt: number;
  expiresAt: number;
}

export class TokenIssuer {
  /** Tokens without `exp` count their lifetime from here (see legacyExpiry). */
  private readonly startedAt: number;

  constructor(
    private readonly secret: Uint8Array,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** A token for these claims, valid for the role's lifetime unless `lifetimeMs` says otherwise. */
  sign(claims: TokenClaims, lifetimeMs: number = TOKEN_LIFETIME_MS[claims.role]): Promise<string> {
    const { wid, role, pid, bid, gen } = claims;
    const issuedAt = Math.floor(this.now() / 1000);
    return new SignJWT({ wid, role, pid, ...(bid !== undefined ? { bid } : {}), ...(gen !== undefined ? { gen } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + Math.floor(lifetimeMs / 1000))
      .sign(this.secret);
  }

  /** The bearer of a valid, unexpired token, or null for a missing, forged, expired or malformed one. */
  async verify(token: unknown): Promise<Bearer | null> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 2_000) return null;
    try {
      const now = this.now();
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: ISSUER,
        algorithms: ['HS256'],
        currentDate: new Date(now),
      });
      const parsed = tokenClaims.safeParse(payload);
      if (!parsed.success) return null;
      const issuedAt = typeof payload.iat === 'number' ? payload.iat * 1000 : this.startedAt;
      const expiresAt = typeof payload.exp === 'number' ? payload.exp * 1000 : legacyExpiry(parsed.data.role, this.startedAt);
      return expiresAt > now ? { claims: parsed.data, issuedAt, expiresAt } : null;
    } catch {
      return null;
    }
  }
}
