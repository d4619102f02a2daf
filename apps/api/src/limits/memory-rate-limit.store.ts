import type { RateLimitDecision, RateLimitRule, RateLimitStore } from './rate-limit';

/** The events one rule counts, per key; kept per rule so a key needs no id string of its own. */
interface RuleCounts {
  /** The longest window the rule has been taken with, so a sweep never forgets an event still counted. */
  windowMs: number;
  /** Per key, the times of the events still in the window, oldest first. */
  times: Map<string, number[]>;
}

/** Counts in this process: the embedded mode's one process, and the fallback while Redis is unreachable. */
export class MemoryRateLimitStore implements RateLimitStore {
  /**
   * Every connected attendee has a key here (the sync at connect), so a key costs only its map entry and its times:
   * no `rule:key` string and no wrapper object per key.
   */
  private readonly rules = new Map<string, RuleCounts>();
  private readonly sweeper = setInterval(() => this.sweep(), 60_000);

  constructor() {
    this.sweeper.unref();
  }

  take(rule: RateLimitRule, key: string): Promise<RateLimitDecision> {
    const now = Date.now();
    let counts = this.rules.get(rule.name);
    if (!counts) this.rules.set(rule.name, (counts = { windowMs: rule.windowMs, times: new Map() }));
    else if (rule.windowMs > counts.windowMs) counts.windowMs = rule.windowMs;
    const times = counts.times.get(key);
    if (!times) {
      counts.times.set(key, [now]);
      return Promise.resolve({ allowed: true });
    }
    // Oldest first, so only the head can have left the window: no pass over a big window's every event per take.
    let expired = 0;
    while (expired < times.length && now - times[expired] >= rule.windowMs) expired++;
    if (expired > 0) times.splice(0, expired);
    if (times.length >= rule.limit) return Promise.resolve({ allowed: false, retryAfterMs: times[0] + rule.windowMs - now });
    times.push(now);
    return Promise.resolve({ allowed: true });
  }

  /** Forgets keys with nothing left in their window, so memory follows the active attendees only. */
  sweep(): void {
    const now = Date.now();
    for (const { windowMs, times } of this.rules.values()) {
      for (const [key, events] of times) if (events.length === 0 || now - events[events.length - 1] >= windowMs) times.delete(key);
    }
  }

  /** Keys still held: for tests of the sweep. */
  get size(): number {
    let keys = 0;
    for (const { times } of this.rules.values()) keys += times.size;
    return keys;
  }

  close(): Promise<void> {
    clearInterval(this.sweeper);
    return Promise.resolve();
  }
}
