import { Inject, Injectable } from '@nestjs/common';
import { SnapshotParts } from '../realtime/snapshot-parts.registry';
import { FkpReportsService } from './fkp-reports.service';

/** The reports in a staff snapshot. */
@Injectable()
export class FkpReportsSnapshotPart {
  constructor(@Inject(SnapshotParts) parts: SnapshotParts, @Inject(FkpReportsService) reports: FkpReportsService) {
    parts.addStaff(['reports'], async (manager, forum) => ({ reports: await reports.all(forum.id, manager) }));
  }
}
