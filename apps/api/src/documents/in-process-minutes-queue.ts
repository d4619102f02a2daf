import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { MINUTES_ATTEMPTS, MINUTES_BACKOFF_MS, MinutesGenerator, type MinutesJobData } from '@mufakat/minutes';
import { DocumentAnnouncer } from './document-announcer.service';
import { MinutesQueue } from './minutes-queue';

/**
 * The embedded mode's runner (no Redis): the same generator as the worker's, in this process, one job at a time,
 * with the worker's attempts and exponential backoff.
 */
@Injectable()
export class InProcessMinutesQueue extends MinutesQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger(InProcessMinutesQueue.name);
  private tail: Promise<void> = Promise.resolve();
  /** Versions waiting or running here: the in-process counterpart of BullMQ's job id, so a version runs once. */
  private readonly held = new Set<string>();

  constructor(
    @Inject(MinutesGenerator) private readonly generator: MinutesGenerator,
    @Inject(DocumentAnnouncer) private readonly announcer: DocumentAnnouncer,
  ) {
    super();
  }

  enqueue(job: MinutesJobData): Promise<void> {
    if (this.held.has(job.documentId)) return Promise.resolve();
    this.held.add(job.documentId);
    this.tail = this.tail.then(() => this.run(job)).finally(() => this.held.delete(job.documentId));
    return Promise.resolve();
  }

  /**
   * At start only: this process holds nothing yet, so a version in flight was left by one that stopped (killed
   * mid-job, say). Later, a version in flight that this runner does not hold may be another process's on the same
   * database (tests run several), and running it twice at once would mix two renderings.
   */
  async recover(inFlight: readonly MinutesJobData[], atStart: boolean): Promise<MinutesJobData[]> {
    if (!atStart) return [];
    const orphans = inFlight.filter((job) => !this.held.has(job.documentId));
    for (const job of orphans) await this.enqueue(job);
    return orphans;
  }

  /** Lets a job in progress finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.tail;
  }

  private async run(job: MinutesJobData): Promise<void> {
    for (let attempt = 1; attempt <= MINUTES_ATTEMPTS; attempt += 1) {
      try {
        await this.generator.generate(job, { finalAttempt: attempt === MINUTES_ATTEMPTS, onProgress: () => this.announce(job) });
        return;
      } catch (error) {
        this.logger.warn(`Minutes for document ${job.documentId}, attempt ${attempt} failed: ${String(error)}`);
        await this.announce(job);
        if (attempt < MINUTES_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, MINUTES_BACKOFF_MS * 2 ** (attempt - 1)));
      }
    }
  }

  private async announce(job: MinutesJobData): Promise<void> {
    await this.announcer
      .announce(job.documentId)
      .catch((error: unknown) => this.logger.error(`Announcing document ${job.documentId} failed: ${String(error)}`));
  }
}
