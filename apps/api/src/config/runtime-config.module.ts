import { DynamicModule, Global, Module } from '@nestjs/common';
import type { RuntimeConfig } from './runtime-config';

export const RUNTIME_CONFIG = Symbol('RUNTIME_CONFIG');

/**
 * Provides the config resolved in main.ts. It is resolved before Nest starts (not through
 * @nestjs/config) because the embedded database must be running before the module graph is built.
 */
@Global()
@Module({})
export class RuntimeConfigModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: RuntimeConfigModule,
      providers: [{ provide: RUNTIME_CONFIG, useValue: config }],
      exports: [RUNTIME_CONFIG],
    };
  }
}
