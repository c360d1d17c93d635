import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { can, type Action } from '@shared/roles';
import { RENEWED_TOKEN_HEADER, type TokenClaims } from '@shared/protocol';
import type { Authenticator } from '../auth/authenticator';
import { AppError } from '../errors';

declare module 'express-serve-static-core' {
  interface Request {
    claims?: TokenClaims;
  }
}

/**
 * Requires a valid bearer token; 401 without one. A token more than a day old comes back
 * renewed in the RENEWED_TOKEN_HEADER of the answer, for the client to keep instead.
 */
export function requireToken(auth: Authenticator) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer (.+)$/i.exec(header);
    const bearer = match ? await auth.bearer(match[1]) : null;
    if (!bearer) throw new AppError('unauthorized', 'A valid bearer token is required');
    req.claims = bearer.claims;
    const renewed = auth.renewal(bearer);
    if (renewed) res.set(RENEWED_TOKEN_HEADER, await renewed);
    next();
  };
}

export function claimsOf(req: Request): TokenClaims {
  if (!req.claims) throw new AppError('unauthorized', 'A valid bearer token is required');
  return req.claims;
}

/** The caller's claims, checked for the workshop in the path and for the action. */
export function authorise(req: Request, workshopId: string | null, action: Action): TokenClaims {
  const claims = claimsOf(req);
  if (workshopId !== null && claims.wid !== workshopId) {
    throw new AppError('forbidden', 'This token is for another workshop');
  }
  if (!can(claims.role, action)) throw new AppError('forbidden', `The ${claims.role} role cannot do this`);
  return claims;
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new AppError('invalid_request', `${where}${issue?.message ?? 'invalid body'}`);
  }
  return parsed.data;
}
