import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { FKP_REPORT_QUEUE, fkpReportJobId, fkpReportJobOptions, type FkpReportJobData } from '@mufakat/minutes';
import type { Queue } from 'bullmq';
import { BullJobQueue } from '../common/bullmq-job-queue';
import { FkpReportQueue } from './fkp-report-queue';

/** The hosted mode: report jobs go to Redis, the workers (apps/worker) run them. */
@Injectable()
export class BullFkpReportQueue extends BullJobQueue<FkpReportJobData> implements FkpReportQueue {
  constructor(@InjectQueue(FKP_REPORT_QUEUE) queue: Queue<FkpReportJobData>) {
    super(
      queue,
      (job) => fkpReportJobId(job.reportId),
      (job) => fkpReportJobOptions(job.reportId),
    );
  }
}
