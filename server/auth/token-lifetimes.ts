/**
 * How long a token lives, and when a token still in use is re-issued. A lost laptop or a
 * leaked link then stops working by itself; the organiser can also end them at once by
 * revoking (see Authenticator and the generations).
 */
import type { Role } from '@shared/roles';

const DAY_MS = 86_400_000;

/** From issue (or the last renewal) to expiry. */
export const TOKEN_LIFETIME_MS: Record<Role, number> = {
  organiser: 90 * DAY_MS,
  facilitator: 30 * DAY_MS,
  participant: 30 * DAY_MS,
  viewer: 30 * DAY_MS,
};

/**
 * Links an organiser hands out (facilitator and projector links) are often made weeks
 * before the day, so they live as long as an organiser's session.
 */
export const LINK_LIFETIME_MS = 90 * DAY_MS;

/**
 * An organiser's private link is kept from one rencontre to the next (the roadmap is followed
 * over the year); regenerating it (organiser revocation) ends it at once.
 */
export const ORGANISER_LINK_LIFETIME_MS = 365 * DAY_MS;

/** A token used after this age is re-issued with a fresh expiry (at most once a day). */
export const RENEW_AFTER_MS = DAY_MS;

export function needsRenewal(issuedAtMs: number, nowMs: number): boolean {
  return nowMs - issuedAtMs >= RENEW_AFTER_MS;
}

/**
 * Tokens issued before expiry existed carry no `exp`: they stay valid for one lifetime
 * after the server started (and are renewed with an `exp` on use), so nobody is locked out
 * of a workshop by an upgrade; revoking ends them like any other.
 */
export function legacyExpiry(role: Role, serverStartedAtMs: number): number {
  return serverStartedAtMs + TOKEN_LIFETIME_MS[role];
}
