import { Inject, Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { isFinalAttempt, MINUTES_QUEUE, MinutesGenerator, type GenerateOutcome, type MinutesJobData } from '@mufakat/minutes';
import type { Job } from 'bullmq';

/** Thin adapter: a BullMQ job in, the generator's work out, its progress reported on the job. */
@Processor(MINUTES_QUEUE)
export class MinutesProcessor extends WorkerHost {
  private readonly logger = new Logger(MinutesProcessor.name);

  constructor(@Inject(MinutesGenerator) private readonly generator: MinutesGenerator) {
    super();
  }

  async process(job: Job<MinutesJobData>): Promise<GenerateOutcome> {
    const outcome = await this.generator.generate(job.data, {
      finalAttempt: isFinalAttempt(job.attemptsMade, job.opts.attempts),
      onProgress: (progress) => job.updateProgress(progress),
    });
    this.logger.log(`Document ${job.data.documentId}: ${outcome}`);
    return outcome;
  }
}
