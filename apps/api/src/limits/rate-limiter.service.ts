import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { knownError } from '../common/known-error';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import type { RateLimitDecision, RateLimitRule } from './rate-limit';
import { RedisRateLimitStore } from './redis-rate-limit.store';

/** A Redis outage is logged once per this period, not once per request. */
const WARN_EVERY_MS = 60_000;

/**
 * The one rate limiter: counts in this process in the embedded mode, in Redis (shared by the replicas) in the
 * hosted one. The limits it serves only protect fairness (reactions, syncs), so while Redis is unreachable it
 * counts in this process instead: each replica then holds the limit on its own, and nothing fails or waits.
 */
@Injectable()
export class RateLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly local = new MemoryRateLimitStore();
  private readonly shared: RedisRateLimitStore | null;
  private lastWarning = 0;

  constructor(redisUrl: string | null, prefix?: string) {
    this.shared = redisUrl ? new RedisRateLimitStore(redisUrl, prefix, (error) => this.warn(error)) : null;
  }

  async onModuleInit(): Promise<void> {
    await this.shared?.ready(2000);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.local.close(), this.shared?.close()]);
  }

  /** Counts one event for the key, or says how long to wait; never throws. */
  async take(rule: RateLimitRule, key: string): Promise<RateLimitDecision> {
    if (!this.shared) return this.local.take(rule, key);
    try {
      return await this.shared.take(rule, key);
    } catch (error) {
      this.warn(error as Error);
      return this.local.take(rule, key);
    }
  }

  /** Counts one event for the key, or refuses it with RATE_LIMITED and the wait in `retryAfterMs`. */
  async consume(rule: RateLimitRule, key: string): Promise<void> {
    const decision = await this.take(rule, key);
    if (decision.allowed) return;
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    const message = `At most ${rule.limit} ${rule.what} every ${rule.windowMs / 1000} seconds; try again in ${seconds} s`;
    if (rule.reason) throw knownError(rule.reason, { message, retryAfterMs: decision.retryAfterMs });
    throw new DomainError('RATE_LIMITED', message, undefined, decision.retryAfterMs);
  }

  private warn(error: Error): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.logger.warn(`Redis unreachable for rate limits (${error.message}); counting per replica until it is back`);
  }
}
