import { Inject, Injectable } from '@nestjs/common';
import { FkpReportGenerator, type FkpReportJobData, type GenerateHooks } from '@mufakat/minutes';
import { InProcessJobRunner } from '../common/in-process-job-runner';
import { FkpReportAnnouncer } from './fkp-report-announcer.service';
import { FkpReportQueue } from './fkp-report-queue';

/** The embedded mode's report runner: the worker's report generator, in this process. */
@Injectable()
export class InProcessFkpReportQueue extends InProcessJobRunner<FkpReportJobData> implements FkpReportQueue {
  constructor(
    @Inject(FkpReportGenerator) private readonly generator: FkpReportGenerator,
    @Inject(FkpReportAnnouncer) private readonly announcer: FkpReportAnnouncer,
  ) {
    super();
  }

  protected idOf(job: FkpReportJobData): string {
    return job.reportId;
  }

  protected generate(job: FkpReportJobData, hooks: GenerateHooks): Promise<unknown> {
    return this.generator.generate(job, hooks);
  }

  protected async announce(job: FkpReportJobData): Promise<void> {
    await this.announcer.announce(job.reportId).catch((error: unknown) => this.logger.error(`Announcing report ${job.reportId} failed: ${String(error)}`));
  }
}
