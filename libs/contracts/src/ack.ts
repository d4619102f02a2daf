/** Machine-readable error codes shared by REST error bodies and socket acknowledgements. */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  /** Client side only: no answer from the server (offline or timed out). */
  | 'UNAVAILABLE';

export interface AckError {
  code: ErrorCode;
  message: string;
  /** Field-level messages for VALIDATION_FAILED. */
  details?: string[];
  /** RATE_LIMITED: how long to wait before the same request can succeed. */
  retryAfterMs?: number;
}

/** Every client → server event is answered with exactly one of these. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };

export type AckCallback<T> = (ack: Ack<T>) => void;

/** Body of every non-2xx REST response. */
export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: string[];
  /** RATE_LIMITED: how long to wait (also sent as the Retry-After header, in seconds). */
  retryAfterMs?: number;
}
