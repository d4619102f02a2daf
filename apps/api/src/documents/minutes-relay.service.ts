import { Inject, Injectable } from '@nestjs/common';
import type { MinutesJobData } from '@mufakat/minutes';
import { OutboxRelay } from '../common/outbox-relay';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { MinutesOutboxRepository } from './minutes-outbox.repository';
import { MinutesQueue } from './minutes-queue';

/** Sends minutes jobs from the outbox (the version rows) to the queue; a Redis outage only delays a Berita Acara. */
@Injectable()
export class MinutesRelay extends OutboxRelay<MinutesJobData> {
  constructor(
    @Inject(MinutesOutboxRepository) outbox: MinutesOutboxRepository,
    @Inject(MinutesQueue) queue: MinutesQueue,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    super(outbox, queue, config.documents.relayMs, 'Minutes', (job) => job.documentId);
  }
}
