import { Inject, Logger } from '@nestjs/common';
import { OnQueueEvent, QueueEventsHost, QueueEventsListener } from '@nestjs/bullmq';
import { MINUTES_QUEUE } from '@mufakat/minutes';
import { DocumentAnnouncer } from './document-announcer.service';

const JOB_PREFIX = 'minutes-';

/** Hears the workers' progress through Redis and tells this replica's staff sockets. */
@QueueEventsListener(MINUTES_QUEUE)
export class MinutesEventsListener extends QueueEventsHost {
  private readonly logger = new Logger(MinutesEventsListener.name);

  constructor(@Inject(DocumentAnnouncer) private readonly announcer: DocumentAnnouncer) {
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
    this.logger.warn(`Minutes queue events: ${error.message}`);
  }

  private async relay(jobId: string): Promise<void> {
    if (!jobId.startsWith(JOB_PREFIX)) return;
    await this.announcer.announce(jobId.slice(JOB_PREFIX.length)).catch((error: unknown) => this.logger.error(`Announcing ${jobId} failed: ${String(error)}`));
  }
}
