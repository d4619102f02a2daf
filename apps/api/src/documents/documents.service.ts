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
import { SigningService } from './signing.service';

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
    @Inject(SigningService) private readonly signing: SigningService,
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
        revision: await this.documents.currentRevision(manager, forumId),
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
   * number (drawn now on the first finalisation, kept after; a revised record keeps it with a revision suffix).
   * Refused until every named representative's standing signature is on that content. Finalising the same version
   * again returns that version.
   */
  async finalise(forumId: string, userId: string, documentId: string): Promise<DocumentVersionView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { row, change } = await this.documents.transaction(async (manager) => {
      await lockForum(manager, forumId);
      const source = await this.documents.lock(manager, documentId);
      if (!source || source.forumId !== forumId) throw new DomainError('NOT_FOUND', 'Document not found');
      const revision = await this.documents.currentRevision(manager, forumId);
      const already = await this.documents.finalFrom(manager, source.id);
      if (already && already.revision === revision) return { row: already, change: null };
      if (source.status !== 'ready' || !source.contentFingerprint) throw new DomainError('INVALID_STATE', 'Only a generated version can be finalised');
      if (source.final) throw new DomainError('INVALID_STATE', 'This version is already final');
      if (source.revision !== revision) throw new DomainError('INVALID_STATE', 'The record was revised after this version: generate a new version first');
      const missing = await this.signing.missingSigners(manager, forumId, source.contentFingerprint);
      if (missing.length) throw new DomainError('INVALID_STATE', `Not every signatory has signed this version yet: ${missing.join(', ')}`);
      const { number, drawn } = await this.numbering.numberFor(manager, forumId, userId);
      const printed = revision > 0 ? `${number.number} (Revisi ${revision})` : number.number;
      const row = await this.documents.insert(manager, {
        forumId,
        version: await this.documents.nextVersion(manager, forumId),
        language: source.language,
        status: 'queued',
        progress: 0,
        requestedBy: userId,
        announced: 'queued:0',
        documentNumber: printed,
        final: true,
        finalisedFrom: source.id,
        revision,
      });
      await this.audit.record(manager, {
        forumId,
        actorUserId: userId,
        action: 'document.finalise',
        subjectId: row.id,
        details: { version: row.version, fromVersion: source.version, number: printed, sequence: number.sequence, year: number.year, drawn, revision },
      });
      return { row, change: await stampStaff(manager, forumId, { type: 'document.updated', document: toDocumentView(row) }) };
    });
    if (change) {
      this.broadcaster.send(forumId, [change]);
      await this.relay.dispatch(row.id);
    }
    return toDocumentView(row);
  }

  /**
   * Opens a finalised record to change: every standing signature is voided (kept as history), the revision moves on,
   * and only versions generated from now on can be signed and finalised. Refused before anything is final.
   */
  async revise(forumId: string, userId: string, reason: string): Promise<{ revision: number; voided: number }> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { result, changes } = await this.documents.transaction(async (manager) => {
      await lockForum(manager, forumId);
      const current = await this.documents.currentRevision(manager, forumId);
      if (!(await this.documents.hasFinal(manager, forumId, current))) {
        throw new DomainError('INVALID_STATE', 'Only a finalised Berita Acara can be revised');
      }
      const result = await this.signing.voidForRevision(manager, forumId, userId);
      await this.audit.record(manager, {
        forumId,
        actorUserId: userId,
        action: 'document.revise',
        subjectId: forumId,
        details: { revision: result.revision, voidedSignatures: result.voided, reason },
      });
      return { result, changes: [await this.signing.stampList(manager, forumId)] };
    });
    this.broadcaster.send(forumId, changes);
    await this.signing.offerNewVersion(forumId);
    return result;
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
