import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
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
  async check(): Promise<HealthReport> {
    const [essential, redis] = await Promise.all([
      this.health.check([() => this.database.pingCheck('database', { timeout: 3000 })]),
      this.redis.check('redis'),
    ]);
    if (!redis) return essential;
    const up = redis.redis.status === 'up';
    return {
      status: up ? essential.status : 'degraded',
      info: up ? { ...essential.info, ...redis } : essential.info,
      error: up ? essential.error : { ...essential.error, ...redis },
      details: { ...essential.details, ...redis },
    };
  }
}
