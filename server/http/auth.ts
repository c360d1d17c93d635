import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { can, type Action } from '@shared/roles';
import type { TokenClaims } from '@shared/protocol';
import type { Authenticator } from '../auth/authenticator';
import { AppError } from '../errors';

declare module 'express-serve-static-core' {
  interface Request {
    claims?: TokenClaims;
  }
}

/** Requires a valid bearer token; 401 without one. */
export function requireToken(auth: Authenticator) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer (.+)$/i.exec(header);
    const claims = match ? await auth.authenticate(match[1]) : null;
    if (!claims) throw new AppError('unauthorized', 'A valid bearer token is required');
    req.claims = claims;
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
