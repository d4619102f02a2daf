import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { FKP_REPORT_QUEUE, FkpReportGenerator, redisConnection } from '@mufakat/minutes';
import type { DataSource } from 'typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumsModule } from '../forums/forums.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { BullFkpReportQueue } from './bullmq-fkp-report-queue';
import { FkpReportAnnouncer } from './fkp-report-announcer.service';
import { FkpReportEventsListener } from './fkp-report-events.listener';
import { FkpReportQueue } from './fkp-report-queue';
import { FkpReportRelay } from './fkp-report-relay.service';
import { FkpReportsController } from './fkp-reports.controller';
import { FkpReportsRepository } from './fkp-reports.repository';
import { FkpReportsSnapshotPart } from './fkp-reports-snapshot.part';
import { FkpReportsService } from './fkp-reports.service';
import { InProcessFkpReportQueue } from './in-process-fkp-report-queue';

/** The FKP implementation report: generated like the Berita Acara (worker or in-process), kept apart from its versions. */
@Module({})
export class FkpReportsModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    const hosted = config.documents.queue === 'bullmq' && config.redisUrl;
    return {
      module: FkpReportsModule,
      imports: [
        AuthModule,
        RealtimeModule,
        ForumsModule,
        AuditModule,
        // The documents module's BullModule.forRoot is global; the connection is named here all the same.
        ...(hosted ? [BullModule.registerQueue({ name: FKP_REPORT_QUEUE, connection: redisConnection(config.redisUrl as string) })] : []),
      ],
      controllers: [FkpReportsController],
      providers: [
        FkpReportsRepository,
        FkpReportsService,
        FkpReportsSnapshotPart,
        FkpReportAnnouncer,
        FkpReportRelay,
        ...(hosted
          ? [{ provide: FkpReportQueue, useClass: BullFkpReportQueue }, FkpReportEventsListener]
          : [
              { provide: FkpReportQueue, useClass: InProcessFkpReportQueue },
              // The worker's generator, run in this process by the in-process queue.
              {
                provide: FkpReportGenerator,
                inject: [getDataSourceToken(), RUNTIME_CONFIG],
                useFactory: (db: DataSource, runtime: RuntimeConfig) =>
                  new FkpReportGenerator(db, { documentsDir: runtime.documents.dir, timeZone: runtime.documents.timeZone, publicUrl: runtime.publicUrl }),
              },
            ]),
      ],
    };
  }
}
