import type { RateLimitDecision, RateLimitRule, RateLimitStore } from './rate-limit';

/** Counts in this process: the embedded mode's one process, and the fallback while Redis is unreachable. */
export class MemoryRateLimitStore implements RateLimitStore {
  /** Per rule and key, the times of the events still in the window, oldest first. */
  private readonly events = new Map<string, { windowMs: number; times: number[] }>();
  private readonly sweeper = setInterval(() => this.sweep(), 60_000);

  constructor() {
    this.sweeper.unref();
  }

  take(rule: RateLimitRule, key: string): Promise<RateLimitDecision> {
    const now = Date.now();
    const id = `${rule.name}:${key}`;
    const entry = this.events.get(id) ?? { windowMs: rule.windowMs, times: [] };
    // Oldest first, so only the head can have left the window: no pass over a big window's every event per take.
    let expired = 0;
    while (expired < entry.times.length && now - entry.times[expired] >= rule.windowMs) expired++;
    if (expired > 0) entry.times.splice(0, expired);
    this.events.set(id, entry);
    if (entry.times.length >= rule.limit) return Promise.resolve({ allowed: false, retryAfterMs: entry.times[0] + rule.windowMs - now });
    entry.times.push(now);
    return Promise.resolve({ allowed: true });
  }

  /** Forgets keys with nothing left in their window, so memory follows the active attendees only. */
  sweep(): void {
    const now = Date.now();
    for (const [id, entry] of this.events) if (entry.times.every((at) => now - at >= entry.windowMs)) this.events.delete(id);
  }

  /** Keys still held: for tests of the sweep. */
  get size(): number {
    return this.events.size;
  }

  close(): Promise<void> {
    clearInterval(this.sweeper);
    return Promise.resolve();
  }
}
