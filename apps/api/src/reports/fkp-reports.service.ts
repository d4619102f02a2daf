import { Inject, Injectable } from '@nestjs/common';
import type { DocumentFormat, DocumentLanguage, FkpReportView } from '@mufakat/contracts';
import { reportFilePath } from '@mufakat/minutes';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampStaff } from '../realtime/forum-sequencer';
import { FkpReportRelay } from './fkp-report-relay.service';
import { toFkpReportView } from './fkp-report-views';
import { FkpReportsRepository } from './fkp-reports.repository';

/** FKP reports: requested by the organiser, written by the report job, announced to staff as they move. */
@Injectable()
export class FkpReportsService {
  constructor(
    @Inject(FkpReportsRepository) private readonly reports: FkpReportsRepository,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(FkpReportRelay) private readonly relay: FkpReportRelay,
  ) {}

  /** A new report, queued; its job is enqueued once the row exists, now or, if Redis is away, by the relay. */
  async request(forumId: string, userId: string, language: DocumentLanguage): Promise<FkpReportView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { row, change } = await this.reports.transaction(async (manager) => {
      const row = await this.reports.insert(manager, { forumId, language, status: 'queued', progress: 0, requestedBy: userId, announced: 'queued:0' });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'report.generate', subjectId: row.id, details: { language } });
      return { row, change: await stampStaff(manager, forumId, { type: 'report.updated', report: toFkpReportView(row) }) };
    });
    this.broadcaster.send(forumId, [change]);
    await this.relay.dispatch(row.id);
    return toFkpReportView(row);
  }

  /** Reports are for the unit's oversight: only staff who manage the forum's documents see them. */
  async list(forumId: string, userId: string): Promise<FkpReportView[]> {
    await this.access.require(forumId, userId, 'manageDocuments');
    return this.all(forumId);
  }

  /** Newest first; in the caller's transaction when given one. */
  async all(forumId: string, manager?: EntityManager): Promise<FkpReportView[]> {
    return (await this.reports.allOfForum(forumId, manager)).map(toFkpReportView);
  }

  /** A ready report's file and its recorded SHA-256. */
  async file(forumId: string, userId: string, reportId: string, format: DocumentFormat): Promise<{ path: string; sha256: string; name: string }> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const row = await this.reports.find(forumId, reportId);
    if (!row) throw new DomainError('NOT_FOUND', 'Report not found');
    const sha256 = format === 'pdf' ? row.pdfSha256 : row.docxSha256;
    if (row.status !== 'ready' || !sha256) throw new DomainError('INVALID_STATE', 'The report is not ready yet');
    return {
      path: reportFilePath(this.config.documents.dir, forumId, row.id, format),
      sha256,
      name: `laporan-fkp-${row.language}-${row.requestedAt.toISOString().slice(0, 10)}.${format}`,
    };
  }
}
