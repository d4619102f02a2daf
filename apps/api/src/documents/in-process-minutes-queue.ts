import { Inject, Injectable } from '@nestjs/common';
import { MinutesGenerator, type GenerateHooks, type MinutesJobData } from '@mufakat/minutes';
import { InProcessJobRunner } from '../common/in-process-job-runner';
import { DocumentAnnouncer } from './document-announcer.service';
import { MinutesQueue } from './minutes-queue';

/** The embedded mode's minutes runner: the worker's generator, in this process. */
@Injectable()
export class InProcessMinutesQueue extends InProcessJobRunner<MinutesJobData> implements MinutesQueue {
  constructor(
    @Inject(MinutesGenerator) private readonly generator: MinutesGenerator,
    @Inject(DocumentAnnouncer) private readonly announcer: DocumentAnnouncer,
  ) {
    super();
  }

  protected idOf(job: MinutesJobData): string {
    return job.documentId;
  }

  protected generate(job: MinutesJobData, hooks: GenerateHooks): Promise<unknown> {
    return this.generator.generate(job, hooks);
  }

  protected async announce(job: MinutesJobData): Promise<void> {
    await this.announcer
      .announce(job.documentId)
      .catch((error: unknown) => this.logger.error(`Announcing document ${job.documentId} failed: ${String(error)}`));
  }
}
