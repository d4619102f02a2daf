import type { AckError, ErrorCode } from '@mufakat/contracts';

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
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** For RATE_LIMITED: how long to wait; REST answers carry it as Retry-After. */
  get retryAfterMs(): number | null {
    const detail = this.details?.find((line) => line.startsWith('retryAfterMs: '));
    return detail ? Number(detail.slice('retryAfterMs: '.length)) : null;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  toAckError(): AckError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}
