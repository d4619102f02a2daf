import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { FkpReportGenerator, MINUTES_ATTEMPTS, MINUTES_BACKOFF_MS, type FkpReportJobData } from '@mufakat/minutes';
import { FkpReportAnnouncer } from './fkp-report-announcer.service';
import { FkpReportQueue } from './fkp-report-queue';

/**
 * The embedded mode's runner (no Redis): the worker's generator in this process, one report at a time, with the
 * worker's attempts and exponential backoff.
 */
@Injectable()
export class InProcessFkpReportQueue extends FkpReportQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger(InProcessFkpReportQueue.name);
  private tail: Promise<void> = Promise.resolve();
  /** Reports waiting or running here, so a report runs once. */
  private readonly held = new Set<string>();

  constructor(
    @Inject(FkpReportGenerator) private readonly generator: FkpReportGenerator,
    @Inject(FkpReportAnnouncer) private readonly announcer: FkpReportAnnouncer,
  ) {
    super();
  }

  enqueue(job: FkpReportJobData): Promise<void> {
    if (this.held.has(job.reportId)) return Promise.resolve();
    this.held.add(job.reportId);
    this.tail = this.tail.then(() => this.run(job)).finally(() => this.held.delete(job.reportId));
    return Promise.resolve();
  }

  /**
   * At start only: a report in flight then was left by a process that stopped. Later, one this runner does not hold
   * may be another process's on the same database, and running it twice at once would mix two renderings.
   */
  async recover(inFlight: readonly FkpReportJobData[], atStart: boolean): Promise<FkpReportJobData[]> {
    if (!atStart) return [];
    const orphans = inFlight.filter((job) => !this.held.has(job.reportId));
    for (const job of orphans) await this.enqueue(job);
    return orphans;
  }

  /** Lets a report in progress finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.tail;
  }

  private async run(job: FkpReportJobData): Promise<void> {
    for (let attempt = 1; attempt <= MINUTES_ATTEMPTS; attempt += 1) {
      try {
        await this.generator.generate(job, { finalAttempt: attempt === MINUTES_ATTEMPTS, onProgress: () => this.announce(job) });
        return;
      } catch (error) {
        this.logger.warn(`FKP report ${job.reportId}, attempt ${attempt} failed: ${String(error)}`);
        await this.announce(job);
        if (attempt < MINUTES_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, MINUTES_BACKOFF_MS * 2 ** (attempt - 1)));
      }
    }
  }

  private async announce(job: FkpReportJobData): Promise<void> {
    await this.announcer.announce(job.reportId).catch((error: unknown) => this.logger.error(`Announcing report ${job.reportId} failed: ${String(error)}`));
  }
}
