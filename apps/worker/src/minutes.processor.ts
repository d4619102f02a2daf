import { Inject, Logger } from '@nestjs/common';
import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { isFinalAttempt, MINUTES_QUEUE, MinutesGenerator, type GenerateOutcome, type MinutesJobData } from '@mufakat/minutes';
import type { Job, Queue } from 'bullmq';

/** Thin adapter: a BullMQ job in, the generator's work out, its progress reported on the job. */
@Processor(MINUTES_QUEUE)
export class MinutesProcessor extends WorkerHost {
  private readonly logger = new Logger(MinutesProcessor.name);

  constructor(
    @Inject(MinutesGenerator) private readonly generator: MinutesGenerator,
    @InjectQueue(MINUTES_QUEUE) queue: Queue<MinutesJobData>,
  ) {
    super();
    // The queue registered for this processor holds a connection of its own, which fails the same way.
    queue.on('error', (error) => this.onError(error));
  }

  async process(job: Job<MinutesJobData>): Promise<GenerateOutcome> {
    const outcome = await this.generator.generate(job.data, {
      finalAttempt: isFinalAttempt(job.attemptsMade, job.opts.attempts),
      onProgress: (progress) => job.updateProgress(progress),
    });
    this.logger.log(`Document ${job.data.documentId}: ${outcome}`);
    return outcome;
  }

  /** While Redis is away each reconnection attempt fails: one line each instead of BullMQ's stack on the console. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Minutes queue: ${error.message}`);
  }
}
