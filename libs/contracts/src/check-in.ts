/**
 * Room check-in: who is really present. With check-in on, the projector shows a short code that changes every
 * period; an attendee who types it becomes verified, and staff may confirm an attendee by hand (remote attendees
 * cannot see the projector). Tallies, the IKM and the attendance then also count verified attendees apart.
 */
export const CHECK_IN = {
  /** Digits of the code on the projector. */
  codeDigits: 6,
  /** A new code every period. */
  periodSeconds: 180,
  /** The previous code is still accepted this long into the next period (someone typing as it changes). */
  graceSeconds: 60,
  /** Attempts one attendee may make per window: enough for typos, far too few to try a million codes. */
  attempts: 5,
  attemptsWindowSeconds: 300,
  voidReason: 300,
} as const;

export interface CheckInState {
  /** Attendees are asked to check in with the code on the projector. */
  enabled: boolean;
}

export interface SetCheckInRequest {
  enabled: boolean;
}

/** The code on the projector now; only the projector and staff are ever sent it. */
export interface CheckInCode {
  code: string;
  /** When the next code replaces it (ISO time); the projector asks again then. */
  validUntil: string;
}

export interface SubmitCheckInRequest {
  code: string;
}

export interface CheckInResult {
  verified: true;
}

/** Staff confirm an attendee's presence by hand. */
export interface ConfirmAttendanceRequest {
  participantId: string;
}

/** Staff void an attendee: their signals, poll answers and survey leave every count; they may do nothing more. */
export interface VoidAttendeeRequest {
  participantId: string;
  reason: string;
}

/** How an attendee was verified: the code on the projector, or a staff member. */
export type VerifiedBy = 'code' | 'staff';

/** A normalised code (digits only), or null when it cannot be one. */
export function normaliseCheckInCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return new RegExp(`^\\d{${CHECK_IN.codeDigits}}$`).test(digits) ? digits : null;
}
