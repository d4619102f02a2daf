import { DynamicModule, Global, Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter.service';

/** The rate limiter, for every module; its store follows the config (Redis when the replicas share one). */
@Global()
@Module({})
export class LimitsModule {
  static forRoot(redisUrl: string | null): DynamicModule {
    return {
      module: LimitsModule,
      providers: [{ provide: RateLimiter, useFactory: () => new RateLimiter(redisUrl) }],
      exports: [RateLimiter],
    };
  }
}
