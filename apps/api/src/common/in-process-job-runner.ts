import { Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { MINUTES_ATTEMPTS, MINUTES_BACKOFF_MS, type GenerateHooks } from '@mufakat/minutes';
import type { RelayQueue } from './outbox-relay';

/**
 * The embedded mode's runner (no Redis): a worker's generator in this process, one job at a time, with the worker's
 * attempts and exponential backoff. Subclasses say how a job runs, how it is named and whom to tell when it moves.
 */
export abstract class InProcessJobRunner<J> implements RelayQueue<J>, BeforeApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private tail: Promise<void> = Promise.resolve();
  /** Jobs waiting or running here: the in-process counterpart of BullMQ's job id, so a row runs once. */
  private readonly held = new Set<string>();

  protected abstract idOf(job: J): string;
  protected abstract generate(job: J, hooks: GenerateHooks): Promise<unknown>;
  /** Tells staff where the row is now; never throws. */
  protected abstract announce(job: J): Promise<void>;

  enqueue(job: J): Promise<void> {
    const id = this.idOf(job);
    if (this.held.has(id)) return Promise.resolve();
    this.held.add(id);
    this.tail = this.tail.then(() => this.run(job)).finally(() => this.held.delete(id));
    return Promise.resolve();
  }

  /**
   * At start only: this process holds nothing yet, so a row in flight was left by one that stopped (killed mid-job,
   * say). Later, a row in flight that this runner does not hold may be another process's on the same database
   * (tests run several), and running it twice at once would mix two renderings.
   */
  async recover(inFlight: readonly J[], atStart: boolean): Promise<J[]> {
    if (!atStart) return [];
    const orphans = inFlight.filter((job) => !this.held.has(this.idOf(job)));
    for (const job of orphans) await this.enqueue(job);
    return orphans;
  }

  /** Lets a job in progress finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.tail;
  }

  private async run(job: J): Promise<void> {
    for (let attempt = 1; attempt <= MINUTES_ATTEMPTS; attempt += 1) {
      try {
        await this.generate(job, { finalAttempt: attempt === MINUTES_ATTEMPTS, onProgress: () => this.announce(job) });
        return;
      } catch (error) {
        this.logger.warn(`Job for ${this.idOf(job)}, attempt ${attempt} failed: ${String(error)}`);
        await this.announce(job);
        if (attempt < MINUTES_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, MINUTES_BACKOFF_MS * 2 ** (attempt - 1)));
      }
    }
  }
}
