import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DocumentFormat, DocumentLanguage, DocumentVersionView } from '@mufakat/contracts';
import { documentFilePath } from '@mufakat/minutes';
import { DocumentVersion } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampStaff } from '../realtime/forum-sequencer';
import { toDocumentView } from './document-views';
import { MinutesRelay } from './minutes-relay.service';

/** Berita Acara versions: requested by the organiser, written by the minutes job, announced to staff as they move. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(MinutesRelay) private readonly relay: MinutesRelay,
  ) {}

  /** A new numbered version, queued; its job is enqueued once the version exists, now or, if Redis is away, by the relay. */
  async request(forumId: string, userId: string, language: DocumentLanguage): Promise<DocumentVersionView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { row, change } = await this.db.transaction(async (manager) => {
      // Versions are numbered under the forum's lock, so two requests at once get two numbers.
      await lockForum(manager, forumId);
      const [{ next }] = (await manager.query('SELECT coalesce(max(version), 0) + 1 AS next FROM document_versions WHERE forum_id = $1', [forumId])) as Array<{
        next: number;
      }>;
      const row = await manager.save(
        manager.create(DocumentVersion, {
          forumId,
          version: Number(next),
          language,
          status: 'queued',
          progress: 0,
          requestedBy: userId,
          announced: 'queued:0',
        }),
      );
      await this.audit.record(manager, {
        forumId,
        actorUserId: userId,
        action: 'document.generate',
        subjectId: row.id,
        details: { version: row.version, language },
      });
      return { row, change: await stampStaff(manager, forumId, { type: 'document.updated', document: toDocumentView(row) }) };
    });
    this.broadcaster.send(forumId, [change]);
    await this.relay.dispatch(row.id);
    return toDocumentView(row);
  }

  async list(forumId: string, userId: string): Promise<DocumentVersionView[]> {
    await this.access.require(forumId, userId, 'viewForum');
    return this.versions(this.db.manager, forumId);
  }

  async versions(manager: EntityManager, forumId: string): Promise<DocumentVersionView[]> {
    const rows = await manager.find(DocumentVersion, { where: { forumId }, order: { version: 'DESC' } });
    return rows.map(toDocumentView);
  }

  /** A ready version's file and its recorded SHA-256. */
  async file(forumId: string, userId: string, documentId: string, format: DocumentFormat): Promise<{ path: string; sha256: string; name: string }> {
    await this.access.require(forumId, userId, 'viewForum');
    const row = await this.db.getRepository(DocumentVersion).findOneBy({ id: documentId, forumId });
    if (!row) throw new DomainError('NOT_FOUND', 'Document not found');
    const sha256 = format === 'pdf' ? row.pdfSha256 : row.docxSha256;
    if (row.status !== 'ready' || !sha256) throw new DomainError('INVALID_STATE', 'The document is not ready yet');
    return {
      path: documentFilePath(this.config.documents.dir, forumId, row.version, format),
      sha256,
      name: `berita-acara-v${row.version}.${format}`,
    };
  }
}
