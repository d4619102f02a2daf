import { Inject, Logger } from '@nestjs/common';
import { OnQueueEvent, QueueEventsHost, QueueEventsListener } from '@nestjs/bullmq';
import { FKP_REPORT_QUEUE } from '@mufakat/minutes';
import { FkpReportAnnouncer } from './fkp-report-announcer.service';

const JOB_PREFIX = 'fkp-report-';

/** Hears the workers' report progress through Redis and tells this replica's staff sockets. */
@QueueEventsListener(FKP_REPORT_QUEUE)
export class FkpReportEventsListener extends QueueEventsHost {
  private readonly logger = new Logger(FkpReportEventsListener.name);

  constructor(@Inject(FkpReportAnnouncer) private readonly announcer: FkpReportAnnouncer) {
    super();
  }

  @OnQueueEvent('active')
  onActive({ jobId }: { jobId: string }): Promise<void> {
    return this.relay(jobId);
  }

  @OnQueueEvent('progress')
  onProgress({ jobId }: { jobId: string }): Promise<void> {
    return this.relay(jobId);
  }

  @OnQueueEvent('completed')
  onCompleted({ jobId }: { jobId: string }): Promise<void> {
    return this.relay(jobId);
  }

  @OnQueueEvent('failed')
  onFailed({ jobId }: { jobId: string }): Promise<void> {
    return this.relay(jobId);
  }

  @OnQueueEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Report queue events: ${error.message}`);
  }

  private async relay(jobId: string): Promise<void> {
    if (!jobId.startsWith(JOB_PREFIX)) return;
    await this.announcer.announce(jobId.slice(JOB_PREFIX.length)).catch((error: unknown) => this.logger.error(`Announcing ${jobId} failed: ${String(error)}`));
  }
}
