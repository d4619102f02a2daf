import { Logger } from '@nestjs/common';
import { OnQueueEvent, QueueEventsHost } from '@nestjs/bullmq';

/**
 * The hosted mode: hears a queue's job events through Redis (from whichever worker runs the job) and has this
 * replica announce the job's row to its staff sockets. Subclasses name the queue with `@QueueEventsListener`.
 */
export abstract class JobEventsListener extends QueueEventsHost {
  protected readonly logger = new Logger(this.constructor.name);

  protected constructor(
    /** Job ids are this prefix and the row's id. */
    private readonly jobPrefix: string,
    private readonly announce: (rowId: string) => Promise<void>,
  ) {
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
    this.logger.warn(`Queue events: ${error.message}`);
  }

  private async relay(jobId: string): Promise<void> {
    if (!jobId.startsWith(this.jobPrefix)) return;
    await this.announce(jobId.slice(this.jobPrefix.length)).catch((error: unknown) => this.logger.error(`Announcing ${jobId} failed: ${String(error)}`));
  }
}
