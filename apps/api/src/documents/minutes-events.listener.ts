import { Inject } from '@nestjs/common';
import { QueueEventsListener } from '@nestjs/bullmq';
import { MINUTES_QUEUE, minutesJobId } from '@mufakat/minutes';
import { JobEventsListener } from '../common/job-events.listener';
import { DocumentAnnouncer } from './document-announcer.service';

/** Hears the workers' minutes progress through Redis and tells this replica's staff sockets. */
@QueueEventsListener(MINUTES_QUEUE)
export class MinutesEventsListener extends JobEventsListener {
  constructor(@Inject(DocumentAnnouncer) announcer: DocumentAnnouncer) {
    super(minutesJobId(''), (documentId) => announcer.announce(documentId));
  }
}
