import type { ThrottlerStorage } from '@nestjs/throttler';
import type { RateLimiter } from './rate-limiter.service';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Lets `@nestjs/throttler` count through the one rate limiter, so its limits (password guessing) hold across the
 * replicas like every other limit, instead of per process. The sliding window knows no hit count, only whether
 * this one fits: an allowed request reports one hit, a refused one is reported blocked for the window's wait.
 */
export class RateLimiterThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly limiter: RateLimiter) {}

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const decision = await this.limiter.take({ name: `throttle-${throttlerName}`, limit, windowMs: ttl, what: 'attempts' }, key);
    const windowSeconds = Math.ceil(ttl / 1000);
    if (decision.allowed) return { totalHits: 1, timeToExpire: windowSeconds, isBlocked: false, timeToBlockExpire: 0 };
    const waitSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    return { totalHits: limit + 1, timeToExpire: waitSeconds, isBlocked: true, timeToBlockExpire: waitSeconds };
  }
}
