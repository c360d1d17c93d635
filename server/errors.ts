import type { ErrorCode } from '@shared/protocol';

const STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  client_too_old: 426,
  storage_unavailable: 503,
  internal: 500,
};

/** An error meant for the client: its code is from the closed list in the protocol. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** A stable key the client translates (see client/src/i18n/refusal-text.ts). */
    readonly reason?: string,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.reason ? { reason: this.reason } : {}) } };
  }
}
