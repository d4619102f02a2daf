import { Inject, Logger } from '@nestjs/common';
import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { FKP_REPORT_QUEUE, FkpReportGenerator, isFinalAttempt, type FkpReportJobData, type GenerateOutcome } from '@mufakat/minutes';
import type { Job, Queue } from 'bullmq';

/** Thin adapter: a BullMQ report job in, the report generator's work out, its progress reported on the job. */
@Processor(FKP_REPORT_QUEUE)
export class FkpReportProcessor extends WorkerHost {
  private readonly logger = new Logger(FkpReportProcessor.name);

  constructor(
    @Inject(FkpReportGenerator) private readonly generator: FkpReportGenerator,
    @InjectQueue(FKP_REPORT_QUEUE) queue: Queue<FkpReportJobData>,
  ) {
    super();
    queue.on('error', (error) => this.onError(error));
  }

  async process(job: Job<FkpReportJobData>): Promise<GenerateOutcome> {
    const outcome = await this.generator.generate(job.data, {
      finalAttempt: isFinalAttempt(job.attemptsMade, job.opts.attempts),
      onProgress: (progress) => job.updateProgress(progress),
    });
    this.logger.log(`FKP report ${job.data.reportId}: ${outcome}`);
    return outcome;
  }

  /** While Redis is away each reconnection attempt fails: one line each instead of BullMQ's stack on the console. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Report queue: ${error.message}`);
  }
}
