import { DynamicModule, Global, Module } from '@nestjs/common';
import { LimitsModule } from '../limits/limits.module';
import type { RuntimeConfig } from './runtime-config';

export const RUNTIME_CONFIG = Symbol('RUNTIME_CONFIG');

/**
 * Provides the config resolved in main.ts. It is resolved before Nest starts (not through
 * @nestjs/config) because the embedded database must be running before the module graph is built.
 * With it come the app-wide services whose implementation the config picks: the rate limiter's store.
 */
@Global()
@Module({})
export class RuntimeConfigModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: RuntimeConfigModule,
      imports: [LimitsModule.forRoot(config.redisUrl)],
      providers: [{ provide: RUNTIME_CONFIG, useValue: config }],
      exports: [RUNTIME_CONFIG],
    };
  }
}
