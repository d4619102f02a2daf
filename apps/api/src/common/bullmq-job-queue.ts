import { Logger } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import type { RelayQueue } from './outbox-relay';
import { withinRedisWait as within } from './redis-wait';

/**
 * The hosted mode: jobs go to a BullMQ queue in Redis, the workers (apps/worker) run them. One job per row, its id
 * derived from the row's, so handing the same row over twice is one job.
 */
export abstract class BullJobQueue<J extends object> implements RelayQueue<J> {
  protected readonly logger = new Logger(this.constructor.name);
  /** Untyped inside: BullMQ derives job name types from a generic it cannot see through here. */
  private readonly queue: Queue;

  protected constructor(
    queue: Queue<J>,
    /** The job's id and options for a job (its row's id inside). */
    private readonly jobId: (job: J) => string,
    private readonly jobOptions: (job: J) => JobsOptions,
  ) {
    this.queue = queue as unknown as Queue;
    // While Redis is away, each reconnection attempt fails; one line each instead of BullMQ's stack on the console.
    queue.on('error', (error) => this.logger.warn(`Queue ${queue.name}: ${error.message}`));
  }

  async enqueue(job: J): Promise<void> {
    await this.connected();
    await this.add(job);
  }

  /** Every pass, in every replica: a job that is missing, or failed while its row was still in flight, runs again. */
  async recover(inFlight: readonly J[]): Promise<J[]> {
    await this.connected();
    const recovered: J[] = [];
    for (const job of inFlight) {
      const existing = await within(this.queue.getJob(this.jobId(job)), `reading job ${this.jobId(job)}`);
      if (!existing) {
        await this.add(job);
        recovered.push(job);
      } else if (await within(existing.isFailed(), `reading job ${this.jobId(job)}`)) {
        // A worker killed mid-job leaves it stalled, then failed, without the row being marked failed.
        await within(existing.retry('failed', { resetAttemptsMade: true }), `retrying job ${this.jobId(job)}`);
        recovered.push(job);
      }
    }
    return recovered;
  }

  private async add(job: J): Promise<void> {
    await within(this.queue.add('generate', job, this.jobOptions(job)), `adding job ${this.jobId(job)}`);
  }

  /** ioredis holds commands while it reconnects; failing fast leaves the job to the relay instead of a waiting request. */
  private async connected(): Promise<void> {
    const client = await within(this.queue.getBackend().client, 'connecting to Redis');
    if (client.status !== 'ready') throw new Error(`Redis connection is ${client.status}`);
  }
}
