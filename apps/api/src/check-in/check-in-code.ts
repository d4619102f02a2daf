import { createHmac, timingSafeEqual } from 'node:crypto';
import { CHECK_IN } from '@mufakat/contracts';

const PERIOD_MS = CHECK_IN.periodSeconds * 1000;
const GRACE_MS = CHECK_IN.graceSeconds * 1000;

/**
 * The code of one period, derived from the forum's secret: nothing is stored per period, every replica computes
 * the same code, and knowing one period's code tells nothing about the next.
 */
export function checkInCodeAt(secret: string, period: number): string {
  const digest = createHmac('sha256', secret).update(`check-in:${period}`).digest();
  return String(digest.readUInt32BE(0) % 10 ** CHECK_IN.codeDigits).padStart(CHECK_IN.codeDigits, '0');
}

/** The code on the projector at `now`, and when the next one replaces it. */
export function currentCheckInCode(secret: string, now: number): { code: string; validUntil: Date } {
  const period = Math.floor(now / PERIOD_MS);
  return { code: checkInCodeAt(secret, period), validUntil: new Date((period + 1) * PERIOD_MS) };
}

/** The current code, or the previous one during the first seconds of a period (someone typing as it changed). */
export function isCheckInCodeValid(secret: string, given: string, now: number): boolean {
  const period = Math.floor(now / PERIOD_MS);
  if (same(checkInCodeAt(secret, period), given)) return true;
  return now - period * PERIOD_MS < GRACE_MS && same(checkInCodeAt(secret, period - 1), given);
}

/** How far back a code still counts as "replaced" rather than "wrong": an hour of periods (a photo, an old note). */
export const EXPIRED_CODE_PERIODS = Math.ceil(3600 / CHECK_IN.periodSeconds);

/**
 * What a typed code is: the one on the screen, one the screen showed earlier (the attendee is told to look again),
 * or neither. Telling "expired" apart gives nothing away: the code it matched no longer verifies anybody.
 */
export function checkInCodeStatus(secret: string, given: string, now: number): 'valid' | 'expired' | 'wrong' {
  if (isCheckInCodeValid(secret, given, now)) return 'valid';
  const period = Math.floor(now / PERIOD_MS);
  for (let back = 1; back <= EXPIRED_CODE_PERIODS; back++) {
    if (same(checkInCodeAt(secret, period - back), given)) return 'expired';
  }
  return 'wrong';
}

function same(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
