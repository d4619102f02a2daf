import { Inject, Injectable } from '@nestjs/common';
import {
  DOCUMENT_LIMITS,
  type AddRepresentativeRequest,
  type AddStaffSignatoryRequest,
  type ForumChange,
  type RepresentativeView,
  type SigningTask,
} from '@mufakat/contracts';
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

/**
 * Representatives named by the organiser, and their signatures. One rule says who signed what: a signature is on the
 * content (fingerprint) of the version it was given on, so it holds for every version saying the same, until a
 * revision voids it.
 */
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
    const { rep, participant, change } = await this.signing
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
        return { rep, participant, change: await this.stampList(manager, forumId) };
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'This attendee is already a representative');
        throw error;
      });
    this.broadcaster.send(forumId, [change]);
    await this.offer(forumId, participant.id);
    return toRepresentativeView(rep, []);
  }

  /**
   * Names a staff member of this forum as the provider's signatory: the head of unit of the record settings, signing
   * from the console. Not an attendee, so the attendance stays what it was.
   */
  async addStaff(forumId: string, userId: string, input: AddStaffSignatoryRequest): Promise<RepresentativeView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { rep, change } = await this.signing
      .transaction(async (manager) => {
        if (!(await this.signing.isForumStaff(manager, forumId, input.staffUserId))) {
          throw new DomainError('NOT_FOUND', 'That person is not on the staff of this forum');
        }
        const head = await this.signing.unitHead(forumId, manager);
        const roleTitle = head?.position || 'Kepala Unit';
        const rep = await this.signing.insertRepresentative(manager, { forumId, staffUserId: input.staffUserId, side: 'provider', roleTitle });
        await this.audit.record(manager, {
          forumId,
          actorUserId: userId,
          action: 'representative.add',
          subjectId: rep.id,
          details: { staffUserId: input.staffUserId, side: 'provider', roleTitle },
        });
        const [view] = (await this.list(forumId, manager)).filter((r) => r.id === rep.id);
        return { rep: view, change: await this.stampList(manager, forumId) };
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'This staff member is already a signatory');
        throw error;
      });
    this.broadcaster.send(forumId, [change]);
    return rep;
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
        details: { participantId: rep.participantId, staffUserId: rep.staffUserId },
      });
      return { participantId: rep.participantId, change: await this.stampList(manager, forumId) };
    });
    this.broadcaster.send(forumId, [change]);
    if (participantId) this.broadcaster.sendSigningTask(participantId, null);
  }

  async listFor(forumId: string, userId: string): Promise<RepresentativeView[]> {
    await this.access.require(forumId, userId, 'viewForum');
    return this.list(forumId);
  }

  /** In the caller's transaction when given one. */
  async list(forumId: string, manager?: EntityManager): Promise<RepresentativeView[]> {
    const reps = await this.signing.representatives(forumId, manager);
    const standing = await this.signing.standingSignatures(forumId, manager);
    const versions = await this.documents.allOfForum(forumId, manager);
    const head = reps.some((rep) => rep.staffUserId) ? await this.signing.unitHead(forumId, manager) : null;
    return reps.map((rep) =>
      toRepresentativeView(
        rep,
        standing.filter((s) => s.representativeId === rep.id).map((s) => s.contentFingerprint),
        versions,
        head?.name ?? null,
      ),
    );
  }

  /** What this attendee has to sign, if they are a representative. */
  async task(forumId: string, participantId: string, manager?: EntityManager): Promise<SigningTask | null> {
    const rep = await this.signing.representativeOf(forumId, participantId, manager);
    return rep ? this.taskOf(forumId, rep, manager) : null;
  }

  /** What this staff member has to sign, if they are the provider's signatory. */
  async staffTask(forumId: string, staffUserId: string, manager?: EntityManager): Promise<SigningTask | null> {
    await this.access.require(forumId, staffUserId, 'viewForum');
    const rep = await this.signing.staffRepresentativeOf(forumId, staffUserId, manager);
    return rep ? this.taskOf(forumId, rep, manager) : null;
  }

  /**
   * The newest ready version of the current revision; signed when the representative's standing signature is on its
   * content. After a revision, nothing is offered until a version of the new revision is generated.
   */
  private async taskOf(forumId: string, rep: RepresentativeRow, manager?: EntityManager): Promise<SigningTask> {
    const latest = await this.documents.latestReady(forumId, manager);
    const current =
      latest && latest.pdfSha256 && latest.contentFingerprint && latest.revision === (await this.signing.revision(forumId, manager)) ? latest : null;
    const signed = current ? await this.signing.hasSigned(rep.id, current.contentFingerprint as string, manager) : false;
    return {
      representativeId: rep.id,
      roleTitle: rep.roleTitle,
      side: rep.side,
      document: current ? { id: current.id, version: current.version, sha256Pdf: current.pdfSha256 as string } : null,
      signed,
    };
  }

  /** An attendee signs on the phone. */
  async sign(forumId: string, participantId: string, documentId: string, dataUrl: string): Promise<SigningTask> {
    const find = (manager?: EntityManager) => this.signing.representativeOf(forumId, participantId, manager);
    const task = await this.signAs(forumId, find, documentId, dataUrl, { participantId });
    // The signer's other devices (and this one, if the answer is lost) learn it too.
    this.broadcaster.sendSigningTask(participantId, task);
    return task;
  }

  /** The provider's signatory signs from the console, authorised as the staff member named for that role. */
  async signAsStaff(forumId: string, staffUserId: string, documentId: string, dataUrl: string): Promise<SigningTask> {
    await this.access.require(forumId, staffUserId, 'viewForum');
    const find = (manager?: EntityManager) => this.signing.staffRepresentativeOf(forumId, staffUserId, manager);
    return this.signAs(forumId, find, documentId, dataUrl, { staffUserId });
  }

  /**
   * Only a named representative, only on the newest ready version of the current revision, once per content (signing
   * again, or a version saying the same, is acknowledged without a second signature). The signature carries the
   * version's content fingerprint, so a regenerated version saying the same thing embeds it.
   */
  private async signAs(
    forumId: string,
    find: (manager?: EntityManager) => Promise<RepresentativeRow | null>,
    documentId: string,
    dataUrl: string,
    who: { participantId?: string; staffUserId?: string },
  ): Promise<SigningTask> {
    // Anyone who joined can post here, and checking an image costs: who may sign is settled before it is decoded.
    await this.signable(forumId, find, documentId);
    const png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    if (png.length > DOCUMENT_LIMITS.signatureBytes)
      throw new DomainError('VALIDATION_FAILED', 'The signature image is too large', ['signaturePng: at most 200 KB']);
    await acceptImage(png, SIGNATURE_IMAGE);
    const { task, change } = await this.signing.transaction(async (manager) => {
      // Again, under the version's lock: the check above may have been overtaken by a new version.
      const { rep, version, contentFingerprint } = await this.signable(forumId, find, documentId, manager);
      // Signed already, on this version or one saying the same: acknowledge it; the first signature stands.
      if (await this.signing.hasSigned(rep.id, contentFingerprint, manager)) {
        return { task: await this.taskOf(forumId, rep, manager), change: null };
      }
      await this.signing.insertSignature(manager, { representativeId: rep.id, documentId, contentFingerprint, png });
      await this.audit.record(manager, {
        forumId,
        actorUserId: who.staffUserId ?? null,
        action: 'document.sign',
        subjectId: documentId,
        details: { representativeId: rep.id, ...who, version, contentFingerprint },
      });
      return { task: await this.taskOf(forumId, rep, manager), change: await this.stampList(manager, forumId) };
    });
    if (change) this.broadcaster.send(forumId, [change]);
    return task;
  }

  /** After a new version is ready, or a revision: every attendee representative learns what to sign now. */
  async offerNewVersion(forumId: string): Promise<void> {
    for (const participantId of await this.signing.representativeParticipantIds(forumId)) await this.offer(forumId, participantId);
  }

  /**
   * Whether every representative's standing signature is on this content; the names still missing otherwise.
   * Finalising asks this under the forum's lock.
   */
  async missingSigners(manager: EntityManager, forumId: string, contentFingerprint: string): Promise<string[]> {
    const views = await this.list(forumId, manager);
    return views.filter((rep) => !rep.signedFingerprints.includes(contentFingerprint)).map((rep) => rep.name);
  }

  /** Voids the forum's standing signatures (kept) and moves the revision on; the caller audits and announces. */
  async voidForRevision(manager: EntityManager, forumId: string, userId: string): Promise<{ revision: number; voided: number }> {
    const voided = await this.signing.voidSignatures(manager, forumId, userId);
    return { revision: await this.signing.nextRevision(manager, forumId), voided };
  }

  /** The list as staff see it, numbered for the live channel. */
  async stampList(manager: EntityManager, forumId: string): Promise<ForumChange> {
    return stampStaff(manager, forumId, { type: 'representatives.updated', representatives: await this.list(forumId, manager) });
  }

  /**
   * The representative row and the version they may sign, or the refusal: not a representative, or not the newest
   * ready version of the current revision. Inside a transaction the version is share-locked until it ends.
   */
  private async signable(
    forumId: string,
    find: (manager?: EntityManager) => Promise<RepresentativeRow | null>,
    documentId: string,
    manager?: EntityManager,
  ): Promise<{ rep: RepresentativeRow; version: number; contentFingerprint: string }> {
    const rep = await find(manager);
    if (!rep) throw new DomainError('FORBIDDEN', 'Only a representative named by the organiser can sign');
    const latest = manager ? await this.documents.lockLatestReady(manager, forumId) : await this.documents.latestReady(forumId);
    if (!latest || latest.id !== documentId || !latest.contentFingerprint) {
      throw new DomainError('INVALID_STATE', 'Only the newest ready version of the Berita Acara can be signed');
    }
    if (latest.revision !== (await this.signing.revision(forumId, manager))) {
      throw new DomainError('INVALID_STATE', 'The Berita Acara was revised: sign once a new version is generated');
    }
    return { rep, version: latest.version, contentFingerprint: latest.contentFingerprint };
  }

  private async offer(forumId: string, participantId: string): Promise<void> {
    this.broadcaster.sendSigningTask(participantId, await this.task(forumId, participantId));
  }
}
