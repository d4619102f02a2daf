import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { RedisHealthIndicator } from './redis-health.indicator';

/** Terminus's result, or `degraded`: serving, with a dependency down that the details name. */
export type HealthReport = Omit<HealthCheckResult, 'status'> & { status: HealthCheckResult['status'] | 'degraded' };

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(TypeOrmHealthIndicator) private readonly database: TypeOrmHealthIndicator,
    @Inject(RedisHealthIndicator) private readonly redis: RedisHealthIndicator,
  ) {}

  /**
   * 503 when this replica can serve nothing (its database is down), so the balancer takes it out of rotation. Without
   * Redis it still serves its own sockets and every request (minutes wait in the outbox), and all replicas share that
   * Redis: a 503 would take every one of them out at once. So 200, `degraded`, with Redis down in the details.
   */
  @Get()
  @HealthCheck()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const [essential, redis] = await Promise.all([this.essential(), this.redis.check('redis')]);
    if (essential.status !== 'ok') response.status(503);
    if (!redis) return essential;
    const up = redis.redis.status === 'up';
    return {
      status: essential.status !== 'ok' || up ? essential.status : 'degraded',
      info: up ? { ...essential.info, ...redis } : essential.info,
      error: up ? essential.error : { ...essential.error, ...redis },
      details: { ...essential.details, ...redis },
    };
  }

  /**
   * Terminus throws its report when a check fails; the app's error filter would turn that into a bare error body,
   * and the operator would see a 503 without what is down. So the report is kept, and sent with the 503.
   */
  private essential(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 3000 })]).catch((error: unknown) => {
      if (error instanceof ServiceUnavailableException) return error.getResponse() as HealthCheckResult;
      throw error;
    });
  }
}
