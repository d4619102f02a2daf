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

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'RATE_LIMITED',
  'INTERNAL',
  'UNAVAILABLE',
] as const satisfies readonly ErrorCode[];

/**
 * Known failures that share a code but need their own words (a wrong password and an expired session are both
 * UNAUTHENTICATED). Clients translate the reason; the English message is for logs and API users.
 */
export const ERROR_REASONS = [
  'wrongCredentials',
  'loginRequired',
  'currentPasswordWrong',
  'passwordUnchanged',
  'roleForbidden',
  'forumNotFound',
  'forumAlreadyPublished',
  'noStaffAccount',
  'organiserKeepsRole',
  'organiserNotRemovable',
  'notForumMember',
  'notForumStaff',
  'attendeesOnly',
  'staffOnly',
  'unknownAttendee',
  'invalidProjectorLink',
  'agendaItemNotFound',
  'agendaItemNotRunning',
  'questionNotFound',
  'questionEmpty',
  'notYourQuestion',
  'questionNoLongerPending',
  'pollNotFound',
  'pollNotOpen',
  'pollClosed',
  'pollAlreadyAnswered',
  'pollNotDraft',
  'consensusNotFound',
  'consensusLocked',
  'consensusNotOpen',
  'surveyNotOpen',
  'joinCodeUnknown',
  'registrationNameInvalid',
  'registrationInstitutionInvalid',
  'registrationChoiceInvalid',
  'deviceKeyInvalid',
  'registrationLimitAddress',
  'registrationLimitForum',
  'attendeeVoided',
  'participantNotFound',
  'checkInNotOpen',
  'checkInCodeWrong',
  'checkInCodeExpired',
  'checkInTooManyTries',
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];

export interface AckError {
  code: ErrorCode;
  message: string;
  /** A known failure the client says in its own words. */
  reason?: ErrorReason;
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
  reason?: ErrorReason;
  details?: string[];
  /** RATE_LIMITED: how long to wait (also sent as the Retry-After header, in seconds). */
  retryAfterMs?: number;
}
