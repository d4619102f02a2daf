import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import Redis from 'ioredis';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';

/** A probe answers quicker than a balancer gives up on it. */
const PING_TIMEOUT_MS = 1_000;

/** Hosted mode: whether this replica reaches Redis now, through a connection of its own that reconnects by itself. */
@Injectable()
export class RedisHealthIndicator implements OnModuleInit, OnModuleDestroy {
  private readonly client: Redis | null;

  constructor(
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    // A probe fails at once while the connection is away rather than waiting for it.
    this.client = config.redisUrl
      ? new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: PING_TIMEOUT_MS })
      : null;
    // The Socket.IO adapter reports the outage; this connection's failed reconnections would only repeat it.
    this.client?.on('error', () => undefined);
  }

  async onModuleInit(): Promise<void> {
    // Redis away at start shows in the probe, not as a failed start.
    await this.client?.connect().catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }

  /** Null in the embedded mode, which has no Redis. */
  async check<const Key extends string>(key: Key): Promise<HealthIndicatorResult<Key> | null> {
    if (!this.client) return null;
    const indicator = this.indicators.check(key);
    try {
      await this.client.ping();
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: this.client.status === 'ready' ? (error as Error).message : `connection ${this.client.status}` });
    }
  }
}
