import { LIMITS } from '@mufakat/contracts';
import type { RateLimitRule } from './rate-limit';

/** Limits on socket events, per attendee (never per address: a venue's Wi-Fi puts hundreds of phones behind one). */
export const LIVE_RATE_LIMITS = {
  reactions: { name: 'reactions', limit: LIMITS.reactionsPer10s, windowMs: 10_000, what: 'reactions' },
  /**
   * A snapshot costs several queries, and one client asking in a loop delayed every other (2,000 syncs: ~5 s).
   * Ten in any five seconds covers a connect plus a few gaps and reconnects on a bad network; the client tries
   * again two seconds after a refusal.
   */
  sync: { name: 'sync', limit: 10, windowMs: 5_000, what: 'syncs' },
} as const satisfies Record<string, RateLimitRule>;
