import { CHECK_IN, LIMITS } from '@mufakat/contracts';
import type { RateLimitRule } from './rate-limit';

/** Limits on socket events, per attendee (never per address: a venue's Wi-Fi puts hundreds of phones behind one). */
export const LIVE_RATE_LIMITS = {
  reactions: { name: 'reactions', limit: LIMITS.reactionsPer10s, windowMs: 10_000, what: 'reactions', attendeesOnly: true },
  /**
   * A snapshot costs several queries, and one client asking in a loop delayed every other (2,000 syncs: ~5 s).
   * Ten in any five seconds covers a connect plus a few gaps and reconnects on a bad network; the client tries
   * again two seconds after a refusal.
   */
  sync: { name: 'sync', limit: 10, windowMs: 5_000, what: 'syncs' },
  /** A few typos, not a million guesses: with 5 tries per 5 minutes a six-digit code takes one attendee years. */
  checkIn: {
    name: 'check-in',
    limit: CHECK_IN.attempts,
    windowMs: CHECK_IN.attemptsWindowSeconds * 1000,
    what: 'check-in attempts',
    reason: 'checkInTooManyTries',
  },
} as const satisfies Record<string, RateLimitRule>;
