import type { AckError, ErrorCode, ErrorReason } from '@mufakat/contracts';

const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

/** An expected failure with a code the clients understand; REST and socket edges translate it. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
    /** RATE_LIMITED: the wait the limiter gave. */
    readonly retryAfterMs?: number,
    /** A known failure the clients word themselves; see knownError. */
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  toAckError(): AckError {
    const error: AckError = { code: this.code, message: this.message };
    if (this.reason) error.reason = this.reason;
    if (this.details) error.details = this.details;
    if (this.retryAfterMs !== undefined) error.retryAfterMs = this.retryAfterMs;
    return error;
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}
