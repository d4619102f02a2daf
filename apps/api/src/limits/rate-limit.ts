import type { ErrorReason } from '@mufakat/contracts';

/** At most `limit` events per key in any `windowMs` (a sliding window, not fixed buckets a burst can straddle). */
export interface RateLimitRule {
  /** Part of the store key, so rules never share a count. */
  name: string;
  limit: number;
  windowMs: number;
  /** What is counted, for the refusal's message ("reactions", "syncs"). */
  what: string;
  /**
   * An event only attendees may send: anyone else is let through uncounted, so the handler refuses them as
   * unauthorised rather than as too quick.
   */
  attendeesOnly?: boolean;
  /** The refusal's known reason, for a limit the clients word themselves (registration, check-in). */
  reason?: ErrorReason;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Where the counts live: this process's memory (one process) or Redis (shared by the replicas). */
export interface RateLimitStore {
  /** Counts one event for the key when it is under the limit; says how long to wait when it is not. */
  take(rule: RateLimitRule, key: string): Promise<RateLimitDecision>;
  close(): Promise<void>;
}
