import { Inject, Injectable } from '@nestjs/common';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { RateLimiter } from '../limits/rate-limiter.service';
import { DEFAULT_REGISTRATION_LIMITS, registrationRateLimits } from '../limits/registration-rate-limits';

/** Registration's two limits: per client address (req.ip, behind trusted proxies only) and per forum. */
@Injectable()
export class RegistrationLimits {
  private readonly rules;

  constructor(
    @Inject(RateLimiter) private readonly limiter: RateLimiter,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    this.rules = registrationRateLimits(config.registrationLimits ?? DEFAULT_REGISTRATION_LIMITS);
  }

  /** Counts one registration, or refuses it with RATE_LIMITED and the wait. */
  async check(clientAddress: string, joinCode: string): Promise<void> {
    await this.limiter.consume(this.rules.perAddress, clientAddress);
    await this.limiter.consume(this.rules.perForum, joinCode);
  }
}
