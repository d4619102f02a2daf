import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../src/app.factory';
import type { RuntimeConfig } from '../../src/config/runtime-config';

export interface TestApp {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** The real api on a free port, against the run's database and, when asked, the machine's Redis or `redisUrl`. */
export async function startTestApp(
  options: {
    redis?: boolean;
    redisUrl?: string;
    tallyFlushMs?: number;
    documentsDir?: string;
    registrationLimits?: RuntimeConfig['registrationLimits'];
    smtp?: RuntimeConfig['smtp'];
    /** The built web apps to serve (browser specs); none by default. */
    web?: RuntimeConfig['web'];
    /** Another database than the run's (a browser spec makes its own). */
    databaseUrl?: string;
  } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL is not set: run through jest.int.config.cjs');
  const config: RuntimeConfig = {
    mode: 'hosted',
    port: 0,
    host: '127.0.0.1',
    dataDir: '/tmp/mufakat-int',
    databaseUrl,
    databasePoolSize: 5,
    redisUrl: options.redisUrl ?? (options.redis ? (process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379') : null),
    publicUrl: 'http://mufakat.test',
    sessionSecret: 'integration-test-secret-integration-test-secret',
    web: options.web ?? { audienceDir: null, consoleDir: null },
    documents: {
      dir: options.documentsDir ?? '/tmp/mufakat-int/documents',
      timeZone: 'Asia/Jakarta',
      queue: options.redis || options.redisUrl ? 'bullmq' : 'in-process',
    },
    tallyFlushMs: options.tallyFlushMs ?? 100,
    registrationLimits: options.registrationLimits,
    smtp: options.smtp ?? null,
  };
  const app = await createApp(config, ['error']);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
