import { Inject, Injectable } from '@nestjs/common';
import type { DocumentFormat, DocumentLanguage, DocumentVersionView } from '@mufakat/contracts';
import { documentFilePath } from '@mufakat/minutes';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampStaff } from '../realtime/forum-sequencer';
import { DocumentNumbering } from '../units/document-numbering.service';
import { toDocumentView } from './document-views';
import { DocumentVersionsRepository } from './document-versions.repository';
import { MinutesRelay } from './minutes-relay.service';

/** Berita Acara versions: requested by the organiser, written by the minutes job, announced to staff as they move. */
@Injectable()
export class DocumentsService {
  constructor(
    @Inject(DocumentVersionsRepository) private readonly documents: DocumentVersionsRepository,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(MinutesRelay) private readonly relay: MinutesRelay,
    @Inject(DocumentNumbering) private readonly numbering: DocumentNumbering,
  ) {}

  /** A new numbered version, queued; its job is enqueued once the version exists, now or, if Redis is away, by the relay. */
  async request(forumId: string, userId: string, language: DocumentLanguage): Promise<DocumentVersionView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { row, change } = await this.documents.transaction(async (manager) => {
      // Versions are numbered under the forum's lock, so two requests at once get two numbers.
      await lockForum(manager, forumId);
      const row = await this.documents.insert(manager, {
        forumId,
        version: await this.documents.nextVersion(manager, forumId),
        language,
        status: 'queued',
        progress: 0,
        requestedBy: userId,
        announced: 'queued:0',
      });
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

  /**
   * Issues a generated version: a new, final version of the same content in the same language, carrying the forum's
   * number (drawn now on the first finalisation, kept after). Finalising the same version again returns that version.
   */
  async finalise(forumId: string, userId: string, documentId: string): Promise<DocumentVersionView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { row, change } = await this.documents.transaction(async (manager) => {
      await lockForum(manager, forumId);
      const source = await this.documents.lock(manager, documentId);
      if (!source || source.forumId !== forumId) throw new DomainError('NOT_FOUND', 'Document not found');
      const already = await this.documents.finalFrom(manager, source.id);
      if (already) return { row: already, change: null };
      if (source.status !== 'ready') throw new DomainError('INVALID_STATE', 'Only a generated version can be finalised');
      if (source.final) throw new DomainError('INVALID_STATE', 'This version is already final');
      const { number, drawn } = await this.numbering.numberFor(manager, forumId, userId);
      const row = await this.documents.insert(manager, {
        forumId,
        version: await this.documents.nextVersion(manager, forumId),
        language: source.language,
        status: 'queued',
        progress: 0,
        requestedBy: userId,
        announced: 'queued:0',
        documentNumber: number.number,
        final: true,
        finalisedFrom: source.id,
      });
      await this.audit.record(manager, {
        forumId,
        actorUserId: userId,
        action: 'document.finalise',
        subjectId: row.id,
        details: { version: row.version, fromVersion: source.version, number: number.number, sequence: number.sequence, year: number.year, drawn },
      });
      return { row, change: await stampStaff(manager, forumId, { type: 'document.updated', document: toDocumentView(row) }) };
    });
    if (change) {
      this.broadcaster.send(forumId, [change]);
      await this.relay.dispatch(row.id);
    }
    return toDocumentView(row);
  }

  async list(forumId: string, userId: string): Promise<DocumentVersionView[]> {
    await this.access.require(forumId, userId, 'viewForum');
    return this.versions(forumId);
  }

  /** Newest first; in the caller's transaction when given one. */
  async versions(forumId: string, manager?: EntityManager): Promise<DocumentVersionView[]> {
    return (await this.documents.allOfForum(forumId, manager)).map(toDocumentView);
  }

  /** A ready version's file and its recorded SHA-256. */
  async file(forumId: string, userId: string, documentId: string, format: DocumentFormat): Promise<{ path: string; sha256: string; name: string }> {
    await this.access.require(forumId, userId, 'viewForum');
    const row = await this.documents.find(forumId, documentId);
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
