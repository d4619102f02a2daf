import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { MINUTES_QUEUE, minutesJobId, minutesJobOptions, type MinutesJobData } from '@mufakat/minutes';
import type { Queue } from 'bullmq';
import { withinRedisWait as within } from '../common/redis-wait';
import { MinutesQueue } from './minutes-queue';

/** The hosted mode: jobs go to Redis, the workers (apps/worker) run them. */
@Injectable()
export class BullMinutesQueue extends MinutesQueue {
  private readonly logger = new Logger(BullMinutesQueue.name);

  constructor(@InjectQueue(MINUTES_QUEUE) private readonly queue: Queue<MinutesJobData>) {
    super();
    // While Redis is away, each reconnection attempt fails; one line each instead of BullMQ's stack on the console.
    queue.on('error', (error) => this.logger.warn(`Minutes queue: ${error.message}`));
  }

  async enqueue(job: MinutesJobData): Promise<void> {
    await this.connected();
    await within(this.queue.add('generate', job, minutesJobOptions(job.documentId)), 'adding a minutes job');
  }

  /** Every pass, in every replica: a job that is missing, or failed while its version was still in flight, runs again. */
  async recover(inFlight: readonly MinutesJobData[]): Promise<MinutesJobData[]> {
    await this.connected();
    const recovered: MinutesJobData[] = [];
    for (const job of inFlight) {
      const existing = await within(this.queue.getJob(minutesJobId(job.documentId)), 'reading a minutes job');
      if (!existing) {
        await within(this.queue.add('generate', job, minutesJobOptions(job.documentId)), 'adding a minutes job');
        recovered.push(job);
      } else if (await within(existing.isFailed(), 'reading a minutes job')) {
        // A worker killed mid-job leaves it stalled, then failed, without the version being marked failed.
        await within(existing.retry('failed', { resetAttemptsMade: true }), 'retrying a minutes job');
        recovered.push(job);
      }
    }
    return recovered;
  }

  /** ioredis holds commands while it reconnects; failing fast leaves the job to the relay instead of a waiting request. */
  private async connected(): Promise<void> {
    const client = await within(this.queue.getBackend().client, 'connecting to Redis');
    if (client.status !== 'ready') throw new Error(`Redis connection is ${client.status}`);
  }
}
