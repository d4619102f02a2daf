import { Inject, Injectable } from '@nestjs/common';
import type { FkpReportJobData } from '@mufakat/minutes';
import { OutboxRelay } from '../common/outbox-relay';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { FkpReportQueue } from './fkp-report-queue';
import { FkpReportsRepository } from './fkp-reports.repository';

/** Sends report jobs from the outbox (the report rows) to the queue, with the minutes relay's guarantees. */
@Injectable()
export class FkpReportRelay extends OutboxRelay<FkpReportJobData> {
  constructor(
    @Inject(FkpReportsRepository) outbox: FkpReportsRepository,
    @Inject(FkpReportQueue) queue: FkpReportQueue,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    super(outbox, queue, config.documents.relayMs, 'FKP report', (job) => job.reportId);
  }
}
