import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainError } from '../common/domain-error';
import { RateLimiterThrottlerStorage } from './rate-limiter-throttler.storage';
import { RateLimiter } from './rate-limiter.service';

/**
 * The public pages' limits, per client address (req.ip, behind trusted proxies only) and counted across the replicas.
 * A room of 500 phones on the venue's Wi-Fi shares one address and may all scan the QR code within the same minute:
 * 600 lookups a minute let that through, and still stop a script walking codes or hashes. Downloading a file is
 * rarer and heavier, so it has a lower ceiling. Each route skips the throttler that is not its own.
 */
export const PUBLIC_THROTTLERS = [
  { name: 'public-lookup', ttl: 60_000, limit: 600 },
  { name: 'public-download', ttl: 60_000, limit: 120 },
] as const;

@Injectable()
export class PublicThrottlerGuard extends ThrottlerGuard {
  constructor(@Inject(RateLimiter) limiter: RateLimiter, @Inject(Reflector) reflector: Reflector) {
    super({ throttlers: PUBLIC_THROTTLERS.map((throttler) => ({ ...throttler })) }, new RateLimiterThrottlerStorage(limiter), reflector);
  }

  /** One count per address for every route of a kind (a version's page and a hash check are both lookups). */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  /** Refused like every other limit: RATE_LIMITED with the wait in `retryAfterMs` (and Retry-After). */
  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    throw new DomainError(
      'RATE_LIMITED',
      `At most ${detail.limit} requests every ${detail.ttl / 1000} seconds from one address; try again in ${seconds} s`,
      undefined,
      seconds * 1000,
    );
  }
}
