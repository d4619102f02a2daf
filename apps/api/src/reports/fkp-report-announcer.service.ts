import { Inject, Injectable } from '@nestjs/common';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampStaff } from '../realtime/forum-sequencer';
import { toFkpReportView } from './fkp-report-views';
import { FkpReportsRepository } from './fkp-reports.repository';

/** Relays a report job's progress (stored on the report row by whoever runs the job) to the forum's staff. */
@Injectable()
export class FkpReportAnnouncer {
  constructor(
    @Inject(FkpReportsRepository) private readonly reports: FkpReportsRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
  ) {}

  /** Once per move: every replica hears the queue's events, and only the one whose update moves `announced` numbers it. */
  async announce(reportId: string): Promise<void> {
    const result = await this.reports.transaction(async (manager) => {
      const row = await this.reports.lock(manager, reportId);
      if (!row) return null;
      const state = `${row.status}:${row.progress}`;
      if (row.announced === state) return null;
      await this.reports.markAnnounced(manager, row.id, state);
      return { forumId: row.forumId, change: await stampStaff(manager, row.forumId, { type: 'report.updated', report: toFkpReportView(row) }) };
    });
    if (result) this.broadcaster.send(result.forumId, [result.change]);
  }
}
