/**
 * Checks a bearer token on every request and connection: its signature and expiry, then
 * that its generation (the link generation of its role, or the organiser generation) has
 * not been revoked since. Open connections are checked again at every message against the
 * generations in memory (`isLive`), which revocations here and on other instances update.
 */
import type { TokenClaims } from '@shared/protocol';
import type { WorkshopStore } from '../storage/storage';
import { GenerationCache, generationsOf, isCurrent } from './generations';
import { needsRenewal } from './token-lifetimes';
import type { Bearer, TokenIssuer } from './tokens';

/** Why an open connection's token no longer holds, as a refusal reason. */
export type LapseReason = 'revoked' | 'expired';

export class Authenticator {
  readonly generations = new GenerationCache();

  constructor(
    private readonly tokens: TokenIssuer,
    private readonly workshops: Pick<WorkshopStore, 'getWorkshop'>,
    private readonly now: () => number = Date.now,
  ) {}

  async authenticate(token: unknown): Promise<TokenClaims | null> {
    return (await this.bearer(token))?.claims ?? null;
  }

  /** The verified bearer of a token of the current generation, or null. */
  async bearer(token: unknown): Promise<Bearer | null> {
    const bearer = await this.tokens.verify(token);
    if (!bearer) return null;
    const workshop = await this.workshops.getWorkshop(bearer.claims.wid);
    if (!workshop) return null;
    this.generations.note(workshop.id, generationsOf(workshop));
    return isCurrent(bearer.claims, this.generations.get(workshop.id)!) ? bearer : null;
  }

  /** Null while an open connection's token holds; else why not. Memory only: for every message. */
  lapse(bearer: Bearer): LapseReason | null {
    if (bearer.expiresAt <= this.now()) return 'expired';
    const generations = this.generations.get(bearer.claims.wid);
    return generations && !isCurrent(bearer.claims, generations) ? 'revoked' : null;
  }

  /** A fresh token with the same claims when this one is old enough to renew, else null. */
  renewal(bearer: Bearer): Promise<string> | null {
    return needsRenewal(bearer.issuedAt, this.now()) ? this.tokens.sign(bearer.claims) : null;
  }
}
