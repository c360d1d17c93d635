import type { ApiError } from '@shared/protocol';
import { BoardClosedError, BoardDeletedError, InvalidUpdateError } from '../docs/board-doc';
import { InvalidAwarenessError } from '../docs/presence-wire';
import { InvalidMessageError } from '../docs/sync-messages';
import { AppError } from '../errors';
import { boardDeletedRefusal } from '../security/live-connections';

/** Maps any error to the client-facing refusal, and says whether the connection must close. */
export function toRefusal(err: unknown): { body: ApiError; fatal: boolean } {
  if (err instanceof AppError) return { body: err.toJSON(), fatal: false };
  if (err instanceof BoardDeletedError) return { body: boardDeletedRefusal().toJSON(), fatal: false };
  if (err instanceof InvalidMessageError || err instanceof InvalidUpdateError || err instanceof InvalidAwarenessError) {
    return { body: { error: { code: 'invalid_request', message: err.message } }, fatal: true };
  }
  if (err instanceof BoardClosedError) {
    return { body: { error: { code: 'storage_unavailable', message: 'The server is restarting; retry' } }, fatal: true };
  }
  return { body: { error: { code: 'internal', message: 'Internal error' } }, fatal: false };
}
