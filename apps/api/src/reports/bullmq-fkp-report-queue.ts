import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { FKP_REPORT_QUEUE, fkpReportJobId, fkpReportJobOptions, type FkpReportJobData } from '@mufakat/minutes';
import type { Queue } from 'bullmq';
import { withinRedisWait as within } from '../common/redis-wait';
import { FkpReportQueue } from './fkp-report-queue';

/** The hosted mode: report jobs go to Redis, the workers (apps/worker) run them. */
@Injectable()
export class BullFkpReportQueue extends FkpReportQueue {
  private readonly logger = new Logger(BullFkpReportQueue.name);

  constructor(@InjectQueue(FKP_REPORT_QUEUE) private readonly queue: Queue<FkpReportJobData>) {
    super();
    queue.on('error', (error) => this.logger.warn(`Report queue: ${error.message}`));
  }

  async enqueue(job: FkpReportJobData): Promise<void> {
    await this.connected();
    await within(this.queue.add('generate', job, fkpReportJobOptions(job.reportId)), 'adding a report job');
  }

  /** Every pass, in every replica: a job that is missing, or failed while its report was still in flight, runs again. */
  async recover(inFlight: readonly FkpReportJobData[]): Promise<FkpReportJobData[]> {
    await this.connected();
    const recovered: FkpReportJobData[] = [];
    for (const job of inFlight) {
      const existing = await within(this.queue.getJob(fkpReportJobId(job.reportId)), 'reading a report job');
      if (!existing) {
        await within(this.queue.add('generate', job, fkpReportJobOptions(job.reportId)), 'adding a report job');
        recovered.push(job);
      } else if (await within(existing.isFailed(), 'reading a report job')) {
        // A worker killed mid-job leaves it stalled, then failed, without the report being marked failed.
        await within(existing.retry('failed', { resetAttemptsMade: true }), 'retrying a report job');
        recovered.push(job);
      }
    }
    return recovered;
  }

  /** Fails fast while Redis reconnects, leaving the job to the relay instead of a waiting request. */
  private async connected(): Promise<void> {
    const client = await within(this.queue.getBackend().client, 'connecting to Redis');
    if (client.status !== 'ready') throw new Error(`Redis connection is ${client.status}`);
  }
}
