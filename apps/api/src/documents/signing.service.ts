import { Inject, Injectable } from '@nestjs/common';
import { DOCUMENT_LIMITS, type AddRepresentativeRequest, type ForumChange, type RepresentativeView, type SigningTask } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/postgres-errors';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampStaff } from '../realtime/forum-sequencer';
import { toRepresentativeView } from './document-views';
import { DocumentVersionsRepository } from './document-versions.repository';
import { acceptImage, SIGNATURE_IMAGE } from './image-check';
import { SigningRepository, type RepresentativeRow } from './signing.repository';

/** Representatives named by the organiser, and their signatures on a specific document version. */
@Injectable()
export class SigningService {
  constructor(
    @Inject(SigningRepository) private readonly signing: SigningRepository,
    @Inject(DocumentVersionsRepository) private readonly documents: DocumentVersionsRepository,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
  ) {}

  async add(forumId: string, userId: string, input: AddRepresentativeRequest): Promise<RepresentativeView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { rep, change } = await this.signing
      .transaction(async (manager) => {
        const participant = await this.signing.participant(manager, forumId, input.participantId);
        if (!participant) throw new DomainError('NOT_FOUND', 'That attendee is not part of this forum');
        const rep = await this.signing.insertRepresentative(manager, { forumId, participantId: participant.id, side: input.side, roleTitle: input.roleTitle });
        rep.participant = participant;
        await this.audit.record(manager, {
          forumId,
          actorUserId: userId,
          action: 'representative.add',
          subjectId: rep.id,
          details: { participantId: participant.id, side: input.side, roleTitle: input.roleTitle },
        });
        return { rep, change: await this.stampList(manager, forumId) };
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'This attendee is already a representative');
        throw error;
      });
    this.broadcaster.send(forumId, [change]);
    await this.offer(forumId, rep.participantId);
    return toRepresentativeView(rep, null);
  }

  async remove(forumId: string, userId: string, representativeId: string): Promise<void> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { participantId, change } = await this.signing.transaction(async (manager) => {
      const rep = await this.signing.findRepresentative(manager, forumId, representativeId);
      if (!rep) throw new DomainError('NOT_FOUND', 'Representative not found');
      await this.signing.deleteRepresentative(manager, rep.id);
      await this.audit.record(manager, {
        forumId,
        actorUserId: userId,
        action: 'representative.remove',
        subjectId: rep.id,
        details: { participantId: rep.participantId },
      });
      return { participantId: rep.participantId, change: await this.stampList(manager, forumId) };
    });
    this.broadcaster.send(forumId, [change]);
    this.broadcaster.sendSigningTask(participantId, null);
  }

  async listFor(forumId: string, userId: string): Promise<RepresentativeView[]> {
    await this.access.require(forumId, userId, 'viewForum');
    return this.list(forumId);
  }

  /** In the caller's transaction when given one. */
  async list(forumId: string, manager?: EntityManager): Promise<RepresentativeView[]> {
    const reps = await this.signing.representatives(forumId, manager);
    const signed = await this.signing.signedVersions(forumId, manager);
    return reps.map((rep) => toRepresentativeView(rep, signed.find((s) => s.representativeId === rep.id)?.version ?? null));
  }

  /** What this attendee has to sign, if they are a representative: the newest ready version. */
  async task(forumId: string, participantId: string, manager?: EntityManager): Promise<SigningTask | null> {
    const rep = await this.signing.representativeOf(forumId, participantId, manager);
    if (!rep) return null;
    const latest = await this.documents.latestReady(forumId, manager);
    const signed = latest ? await this.signing.hasSigned(rep.id, latest.id, manager) : false;
    return {
      representativeId: rep.id,
      roleTitle: rep.roleTitle,
      side: rep.side,
      document: latest && latest.pdfSha256 ? { id: latest.id, version: latest.version, sha256Pdf: latest.pdfSha256 } : null,
      signed,
    };
  }

  /**
   * Only the named representative, only on the newest ready version, once per version (signing again is
   * acknowledged without a second signature). The signature carries
   * that version's content fingerprint, so a regenerated version saying the same thing embeds it.
   */
  async sign(forumId: string, participantId: string, documentId: string, dataUrl: string): Promise<SigningTask> {
    // Anyone who joined can post here, and checking an image costs: who may sign is settled before it is decoded.
    await this.signable(forumId, participantId, documentId);
    const png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    if (png.length > DOCUMENT_LIMITS.signatureBytes)
      throw new DomainError('VALIDATION_FAILED', 'The signature image is too large', ['signaturePng: at most 200 KB']);
    await acceptImage(png, SIGNATURE_IMAGE);
    const { task, change } = await this.signing.transaction(async (manager) => {
      // Again, under the version's lock: the check above may have been overtaken by a new version.
      const { rep, version, contentFingerprint } = await this.signable(forumId, participantId, documentId, manager);
      // Signed already: a retried request whose answer was lost. Acknowledge it; the first signature stands.
      if (await this.signing.hasSigned(rep.id, documentId, manager)) {
        return { task: await this.task(forumId, participantId, manager), change: null };
      }
      await this.signing.insertSignature(manager, { representativeId: rep.id, documentId, contentFingerprint, png });
      await this.audit.record(manager, {
        forumId,
        actorUserId: null,
        action: 'document.sign',
        subjectId: documentId,
        details: { representativeId: rep.id, participantId, version },
      });
      return { task: await this.task(forumId, participantId, manager), change: await this.stampList(manager, forumId) };
    });
    if (change) this.broadcaster.send(forumId, [change]);
    // The signer's other devices (and this one, if the answer is lost) learn it too.
    this.broadcaster.sendSigningTask(participantId, task);
    return task as SigningTask;
  }

  /** After a new version is ready: every representative of the forum is asked to sign it. */
  async offerNewVersion(forumId: string): Promise<void> {
    for (const participantId of await this.signing.representativeParticipantIds(forumId)) await this.offer(forumId, participantId);
  }

  /**
   * The attendee's representative row and the version they may sign, or the refusal: not a representative, or not
   * the newest ready version. Inside a transaction the version is share-locked until it ends.
   */
  private async signable(
    forumId: string,
    participantId: string,
    documentId: string,
    manager?: EntityManager,
  ): Promise<{ rep: RepresentativeRow; version: number; contentFingerprint: string }> {
    const rep = await this.signing.representativeOf(forumId, participantId, manager);
    if (!rep) throw new DomainError('FORBIDDEN', 'Only a representative named by the organiser can sign');
    const latest = manager ? await this.documents.lockLatestReady(manager, forumId) : await this.documents.latestReady(forumId);
    if (!latest || latest.id !== documentId || !latest.contentFingerprint) {
      throw new DomainError('INVALID_STATE', 'Only the newest ready version of the Berita Acara can be signed');
    }
    return { rep, version: latest.version, contentFingerprint: latest.contentFingerprint };
  }

  private async offer(forumId: string, participantId: string): Promise<void> {
    this.broadcaster.sendSigningTask(participantId, await this.task(forumId, participantId));
  }

  private async stampList(manager: EntityManager, forumId: string): Promise<ForumChange> {
    return stampStaff(manager, forumId, { type: 'representatives.updated', representatives: await this.list(forumId, manager) });
  }
}
