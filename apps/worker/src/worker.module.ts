import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import {
  FKP_REPORT_QUEUE,
  FkpReportGenerator,
  FOLLOW_UP_REMINDERS_QUEUE,
  FollowUpReminders,
  MINUTES_QUEUE,
  MinutesGenerator,
  redisConnection,
  smtpMailer,
} from '@mufakat/minutes';
import { ACCOUNTABILITY_LIMITS } from '@mufakat/contracts';
import { dataSourceOptions } from '@mufakat/persistence';
import type { DataSource } from 'typeorm';
import { FkpReportProcessor } from './fkp-report.processor';
import { FollowUpRemindersProcessor } from './follow-up-reminders.processor';
import { MinutesProcessor } from './minutes.processor';
import type { WorkerConfig } from './worker-config';

@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        // The api runs the migrations; a worker only reads and writes what they made.
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl, 2 + config.concurrency), migrationsRun: false }),
        BullModule.forRoot({ connection: redisConnection(config.redisUrl), ...(config.queuePrefix ? { prefix: config.queuePrefix } : {}) }),
        BullModule.registerQueue({ name: MINUTES_QUEUE }, { name: FKP_REPORT_QUEUE }, { name: FOLLOW_UP_REMINDERS_QUEUE }),
      ],
      providers: [
        {
          provide: MinutesGenerator,
          inject: [getDataSourceToken()],
          useFactory: (db: DataSource) =>
            new MinutesGenerator(db, { documentsDir: config.documentsDir, timeZone: config.timeZone, publicUrl: config.publicUrl }),
        },
        MinutesProcessor,
        {
          provide: FkpReportGenerator,
          inject: [getDataSourceToken()],
          useFactory: (db: DataSource) =>
            new FkpReportGenerator(db, { documentsDir: config.documentsDir, timeZone: config.timeZone, publicUrl: config.publicUrl }),
        },
        FkpReportProcessor,
        {
          provide: FollowUpReminders,
          inject: [getDataSourceToken()],
          useFactory: (db: DataSource) =>
            new FollowUpReminders(db, {
              timeZone: config.timeZone,
              dueSoonDays: config.dueSoonDays ?? ACCOUNTABILITY_LIMITS.dueSoonDays,
              publicUrl: config.publicUrl ?? '',
              now: () => new Date(),
              mailer: config.smtp ? smtpMailer(config.smtp) : null,
            }),
        },
        FollowUpRemindersProcessor,
      ],
    };
  }
}
