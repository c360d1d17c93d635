import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { RateLimitedError } from '../security/rate-limits';

/**
 * What a parser or router error says about the request, if anything: body-parser and the
 * router throw http-errors with a 4xx status for bodies that do not inflate (bad gzip), an
 * unknown encoding or charset, or a path parameter that does not decode. Those are the
 * client's mistakes: 400, never 500.
 */
function requestError(err: unknown): AppError | null {
  const { type, status } = (err ?? {}) as { type?: unknown; status?: unknown };
  if (type === 'entity.too.large' || status === 413) return new AppError('payload_too_large', 'The request body is too large');
  if (type === 'entity.parse.failed') return new AppError('invalid_request', 'The request body is not valid JSON');
  if (status === 404) return new AppError('not_found', 'Not found');
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError('invalid_request', 'The request cannot be read (its body, encoding or path is malformed)');
  }
  return null;
}

/** Every error leaves as `{"error": {"code", "message"}}` with its status. */
export function errorMiddleware(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    let error = err instanceof AppError ? err : requestError(err);
    if (!error) {
      log.error({ err, path: req.path }, 'request failed');
      error = new AppError('internal', 'Internal error');
    }
    if (error instanceof RateLimitedError) res.set('Retry-After', String(error.retryAfterSeconds));
    res.status(error.status).json(error.toJSON());
  };
}
