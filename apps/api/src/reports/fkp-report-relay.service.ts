import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { FkpReportJobData } from '@mufakat/minutes';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { FkpReportQueue } from './fkp-report-queue';
import { FkpReportsRepository } from './fkp-reports.repository';

const DEFAULT_RELAY_MS = 10_000;

/**
 * Sends report jobs from the outbox (the report rows) to the queue, as the minutes relay does for versions: right
 * after a report commits, then at start and every few seconds for what could not be sent or was lost on the way.
 */
@Injectable()
export class FkpReportRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(FkpReportRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private recovered = false;

  constructor(
    @Inject(FkpReportsRepository) private readonly outbox: FkpReportsRepository,
    @Inject(FkpReportQueue) private readonly queue: FkpReportQueue,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: the api serves while Redis is away, and the relay catches up.
    void this.pass();
    this.timer = setInterval(() => void this.pass(), this.config.documents.relayMs ?? DEFAULT_RELAY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** After the report's transaction committed. Never throws: a report it cannot enqueue is the relay's. */
  async dispatch(reportId: string): Promise<void> {
    try {
      await this.send(await this.outbox.claim(reportId));
    } catch (error) {
      this.logger.warn(`FKP report ${reportId} left for the relay: ${String(error)}`);
    }
  }

  /** One pass at a time; a pass asked for while one runs is that one. */
  pass(): Promise<void> {
    this.running ??= this.relay().finally(() => (this.running = null));
    return this.running;
  }

  private async relay(): Promise<void> {
    try {
      await this.send(await this.outbox.claim());
      const recovered = await this.queue.recover(await this.outbox.inFlight(), !this.recovered);
      this.recovered = true;
      if (recovered.length > 0) this.logger.log(`Enqueued again ${recovered.length} FKP report(s) whose job was lost`);
    } catch (error) {
      this.logger.warn(`Report relay pass failed, next in ${this.config.documents.relayMs ?? DEFAULT_RELAY_MS} ms: ${String(error)}`);
    }
  }

  /** Stops at the first refusal: the queue is away, and the rest go back to the outbox with that one. */
  private async send(claimed: FkpReportJobData[]): Promise<void> {
    for (const [index, job] of claimed.entries()) {
      try {
        await this.queue.enqueue(job);
      } catch (error) {
        await this.outbox.release(claimed.slice(index).map((unsent) => unsent.reportId));
        throw error;
      }
    }
  }
}
