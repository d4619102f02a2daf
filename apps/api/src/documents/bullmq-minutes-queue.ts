import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { MINUTES_QUEUE, minutesJobId, minutesJobOptions, type MinutesJobData } from '@mufakat/minutes';
import type { Queue } from 'bullmq';
import { BullJobQueue } from '../common/bullmq-job-queue';
import { MinutesQueue } from './minutes-queue';

/** The hosted mode: minutes jobs go to Redis, the workers (apps/worker) run them. */
@Injectable()
export class BullMinutesQueue extends BullJobQueue<MinutesJobData> implements MinutesQueue {
  constructor(@InjectQueue(MINUTES_QUEUE) queue: Queue<MinutesJobData>) {
    super(
      queue,
      (job) => minutesJobId(job.documentId),
      (job) => minutesJobOptions(job.documentId),
    );
  }
}
