import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

const DEFAULT_RELAY_MS = 10_000;

/** Rows waiting to be handed to a queue: the rows themselves are the outbox (a job id column set once sent). */
export interface JobOutbox<J> {
  /** Marks unsent rows as sent and returns their jobs; exactly one caller gets each. Only that row when `id` is given. */
  claim(id?: string | null): Promise<J[]>;
  /** Gives claimed rows back when the queue would not take them. */
  release(ids: readonly string[]): Promise<void>;
  /** Rows still in flight whose job was handed over: the ones a lost job would leave stuck. */
  inFlight(): Promise<J[]>;
}

/** Where the jobs go: BullMQ in the hosted mode, the api's own process in the embedded one. */
export interface RelayQueue<J> {
  enqueue(job: J): Promise<void>;
  recover(inFlight: readonly J[], atStart: boolean): Promise<J[]>;
}

/**
 * Sends jobs from an outbox to their queue: right after a row commits, then at start and every few seconds for what
 * could not be sent (Redis away) or was lost on the way (a worker or process killed). A Redis outage only delays.
 */
export abstract class OutboxRelay<J> implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger = new Logger(this.constructor.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private recovered = false;
  private readonly intervalMs: number;

  protected constructor(
    private readonly outbox: JobOutbox<J>,
    private readonly queue: RelayQueue<J>,
    intervalMs: number | undefined,
    /** What a job is, in log lines ("minutes", "FKP report"). */
    private readonly what: string,
    /** The row id a job is for, to give it back to the outbox. */
    private readonly idOf: (job: J) => string,
  ) {
    this.intervalMs = intervalMs ?? DEFAULT_RELAY_MS;
  }

  onApplicationBootstrap(): void {
    // Not awaited: the api serves while Redis is away, and the relay catches up.
    void this.pass();
    this.timer = setInterval(() => void this.pass(), this.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** After the row's transaction committed. Never throws: a job it cannot enqueue is the relay's. */
  async dispatch(id: string): Promise<void> {
    try {
      await this.send(await this.outbox.claim(id));
    } catch (error) {
      this.logger.warn(`${this.what} ${id} left for the relay: ${String(error)}`);
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
      if (recovered.length > 0) this.logger.log(`Enqueued again ${recovered.length} ${this.what} job(s) that were lost`);
    } catch (error) {
      this.logger.warn(`${this.what} relay pass failed, next in ${this.intervalMs} ms: ${String(error)}`);
    }
  }

  /** Stops at the first refusal: the queue is away, and the rest go back to the outbox with that one. */
  private async send(claimed: J[]): Promise<void> {
    for (const [index, job] of claimed.entries()) {
      try {
        await this.queue.enqueue(job);
      } catch (error) {
        await this.outbox.release(claimed.slice(index).map(this.idOf));
        throw error;
      }
    }
  }
}
