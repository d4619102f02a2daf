import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { workerConfigFrom } from './worker-config';
import { WorkerModule } from './worker.module';

/** The hosted mode's minutes worker: no HTTP, just the queue. Run as many as the load asks for. */
async function main(): Promise<void> {
  let config;
  try {
    config = workerConfigFrom(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error', 'warn', 'log'] });
  // Finishes the job in hand, then closes the queue and database connections.
  app.enableShutdownHooks();
  console.log(`Mufakat worker: minutes and FKP report queues on ${new URL(config.redisUrl).host}, documents in ${config.documentsDir}`);
}

void main();
