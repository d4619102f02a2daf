import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import type { RateLimitDecision, RateLimitRule, RateLimitStore } from './rate-limit';

/**
 * The sliding window as one script, so replicas cannot interleave between counting and adding: drop the events
 * that left the window, count the rest, add this one when under the limit. KEYS[1] the key; ARGV: now (ms),
 * window (ms), limit, a unique member. Returns 0 when taken, else the milliseconds until the oldest event leaves.
 */
const SLIDING_WINDOW = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + window - now)
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return 0`;

type ScriptedRedis = Redis & { slidingWindowTake(key: string, now: number, windowMs: number, limit: number, member: string): Promise<number> };

/**
 * Counts shared by every replica. A command fails at once while Redis is unreachable (no offline queue, a short
 * timeout), so the caller can fall back instead of waiting; the client reconnects by itself.
 *
 * A flood is refused here without asking Redis: a key Redis has refused stays refused until the wait it gave
 * (a full sliding window only empties as its oldest event leaves), and with `limit` takes of a key already on
 * their way the window will be full when they land. So a burst of 2,000 costs Redis a dozen calls, not 2,000.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly client: ScriptedRedis;
  /** Members must be unique across replicas even for events in the same millisecond. */
  private readonly origin = randomBytes(4).toString('hex');
  private sequence = 0;
  /** Per rule and key: until when Redis said no. */
  private readonly refusedUntil = new Map<string, number>();
  /** Per rule and key: takes sent to Redis and not answered yet. */
  private readonly inFlight = new Map<string, number>();
  private readonly sweeper = setInterval(() => this.sweep(), 60_000);

  constructor(
    url: string,
    private readonly prefix = 'mufakat:rate:',
    onError: (error: Error) => void = () => undefined,
  ) {
    this.client = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 500,
      connectTimeout: 2000,
      disconnectTimeout: 500,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    }) as ScriptedRedis;
    this.client.on('error', onError);
    this.client.defineCommand('slidingWindowTake', { numberOfKeys: 1, lua: SLIDING_WINDOW });
    this.sweeper.unref();
  }

  /** Resolves once connected, or after `timeoutMs` anyway: a start must not wait for Redis. */
  ready(timeoutMs: number): Promise<void> {
    if (this.client.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.client.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.client.once('ready', done);
    });
  }

  async take(rule: RateLimitRule, key: string): Promise<RateLimitDecision> {
    const id = `${rule.name}:${key}`;
    // The replicas' clocks, not Redis's: they agree to well under any window, and tests can move them.
    const now = Date.now();
    const until = this.refusedUntil.get(id) ?? 0;
    if (now < until) return { allowed: false, retryAfterMs: until - now };
    const pending = this.inFlight.get(id) ?? 0;
    if (pending >= rule.limit) return { allowed: false, retryAfterMs: rule.windowMs };
    this.inFlight.set(id, pending + 1);
    try {
      this.sequence = (this.sequence + 1) % 1_000_000;
      const member = `${now}:${this.origin}:${this.sequence}`;
      const wait = await this.client.slidingWindowTake(`${this.prefix}${id}`, now, rule.windowMs, rule.limit, member);
      if (wait === 0) return { allowed: true };
      this.refusedUntil.set(id, now + wait);
      return { allowed: false, retryAfterMs: wait };
    } finally {
      const left = (this.inFlight.get(id) ?? 1) - 1;
      if (left > 0) this.inFlight.set(id, left);
      else this.inFlight.delete(id);
    }
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, until] of this.refusedUntil) if (until <= now) this.refusedUntil.delete(id);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    if (this.client.status === 'ready') await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
  }
}
