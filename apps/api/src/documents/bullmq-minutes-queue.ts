import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { MINUTES_QUEUE, minutesJobOptions, type MinutesJobData } from '@mufakat/minutes';
import type { Queue } from 'bullmq';
import { MinutesQueue } from './minutes-queue';

/** The hosted mode: jobs go to Redis, the workers (apps/worker) run them. */
@Injectable()
export class BullMinutesQueue extends MinutesQueue {
  constructor(@InjectQueue(MINUTES_QUEUE) private readonly queue: Queue<MinutesJobData>) {
    super();
  }

  async enqueue(job: MinutesJobData): Promise<void> {
    await this.queue.add('generate', job, minutesJobOptions(job.documentId));
  }
}
