/**
 * Checks a bearer token on every request and connection: its signature, then, for roles
 * handed out by link, that its link generation has not been revoked since.
 */
import type { TokenClaims } from '@shared/protocol';
import type { WorkshopStore } from '../storage/storage';
import type { TokenIssuer } from './tokens';

export class Authenticator {
  constructor(
    private readonly tokens: TokenIssuer,
    private readonly workshops: Pick<WorkshopStore, 'getWorkshop'>,
  ) {}

  async authenticate(token: unknown): Promise<TokenClaims | null> {
    const claims = await this.tokens.verify(token);
    if (!claims) return null;
    if (claims.role === 'organiser') return claims;
    const workshop = await this.workshops.getWorkshop(claims.wid);
    if (!workshop) return null;
    return (claims.gen ?? 0) === workshop.linkGenerations[claims.role] ? claims : null;
  }
}
