import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors';
import type { Logger } from '../logger';

/** Every error leaves as `{"error": {"code", "message"}}` with its status. */
export function errorMiddleware(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    let error: AppError;
    const type = (err as { type?: string }).type;
    if (err instanceof AppError) error = err;
    else if (type === 'entity.too.large') error = new AppError('payload_too_large', 'The request body is too large');
    else if (type === 'entity.parse.failed') error = new AppError('invalid_request', 'The request body is not valid JSON');
    else {
      log.error({ err, path: req.path }, 'request failed');
      error = new AppError('internal', 'Internal error');
    }
    res.status(error.status).json(error.toJSON());
  };
}
