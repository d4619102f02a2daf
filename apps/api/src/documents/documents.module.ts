import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { MINUTES_QUEUE, MinutesGenerator, redisConnection } from '@mufakat/minutes';
import type { DataSource } from 'typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumsModule } from '../forums/forums.module';
import { ParticipantsModule } from '../participants/participants.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { UnitsModule } from '../units/units.module';
import { BullMinutesQueue } from './bullmq-minutes-queue';
import { DocumentAnnouncer } from './document-announcer.service';
import { DocumentVersionsRepository } from './document-versions.repository';
import { DocumentsController } from './documents.controller';
import { DocumentsSnapshotPart } from './documents-snapshot.part';
import { DocumentsService } from './documents.service';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { InProcessMinutesQueue } from './in-process-minutes-queue';
import { MinutesEventsListener } from './minutes-events.listener';
import { MinutesOutboxRepository } from './minutes-outbox.repository';
import { MinutesQueue } from './minutes-queue';
import { MinutesRelay } from './minutes-relay.service';
import { PhotosController } from './photos.controller';
import { PhotosRepository } from './photos.repository';
import { PhotosService } from './photos.service';
import { RepresentativesController } from './representatives.controller';
import { SignaturesController } from './signatures.controller';
import { SigningRepository } from './signing.repository';
import { SigningService } from './signing.service';
import { DocumentPagesService } from './document-pages.service';
import { StaffSignaturesController } from './staff-signatures.controller';

/** Berita Acara versions and their minutes jobs, representatives and signatures, photos, exports. */
@Module({})
export class DocumentsModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    const hosted = config.documents.queue === 'bullmq' && config.redisUrl;
    return {
      module: DocumentsModule,
      imports: [
        AuthModule,
        RealtimeModule,
        ForumsModule,
        AuditModule,
        ParticipantsModule,
        UnitsModule,
        ...(hosted ? [BullModule.forRoot({ connection: redisConnection(config.redisUrl as string) }), BullModule.registerQueue({ name: MINUTES_QUEUE })] : []),
      ],
      controllers: [DocumentsController, RepresentativesController, StaffSignaturesController, SignaturesController, PhotosController, ExportsController],
      providers: [
        DocumentVersionsRepository,
        SigningRepository,
        PhotosRepository,
        DocumentsService,
        DocumentsSnapshotPart,
        DocumentAnnouncer,
        SigningService,
        DocumentPagesService,
        PhotosService,
        ExportsService,
        MinutesOutboxRepository,
        MinutesRelay,
        ...(hosted
          ? [{ provide: MinutesQueue, useClass: BullMinutesQueue }, MinutesEventsListener]
          : [
              { provide: MinutesQueue, useClass: InProcessMinutesQueue },
              // The worker's generator, run in this process by the in-process queue.
              {
                provide: MinutesGenerator,
                inject: [getDataSourceToken(), RUNTIME_CONFIG],
                useFactory: (db: DataSource, runtime: RuntimeConfig) =>
                  new MinutesGenerator(db, { documentsDir: runtime.documents.dir, timeZone: runtime.documents.timeZone, publicUrl: runtime.publicUrl }),
              },
            ]),
      ],
    };
  }
}
