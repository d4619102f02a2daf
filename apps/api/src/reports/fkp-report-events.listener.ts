import { Inject } from '@nestjs/common';
import { QueueEventsListener } from '@nestjs/bullmq';
import { FKP_REPORT_QUEUE, fkpReportJobId } from '@mufakat/minutes';
import { JobEventsListener } from '../common/job-events.listener';
import { FkpReportAnnouncer } from './fkp-report-announcer.service';

/** Hears the workers' report progress through Redis and tells this replica's staff sockets. */
@QueueEventsListener(FKP_REPORT_QUEUE)
export class FkpReportEventsListener extends JobEventsListener {
  constructor(@Inject(FkpReportAnnouncer) announcer: FkpReportAnnouncer) {
    super(fkpReportJobId(''), (reportId) => announcer.announce(reportId));
  }
}
