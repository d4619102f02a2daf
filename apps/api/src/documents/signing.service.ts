import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOCUMENT_LIMITS, type AddRepresentativeRequest, type ForumChange, type RepresentativeView, type SigningTask } from '@mufakat/contracts';
import { DocumentVersion, Participant, Representative, Signature } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/postgres-errors';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampStaff } from '../realtime/forum-sequencer';
import { toRepresentativeView } from './document-views';
import { isIntactPng } from './png-check';

/** Representatives named by the organiser, and their signatures on a specific document version. */
@Injectable()
export class SigningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
  ) {}

  async add(forumId: string, userId: string, input: AddRepresentativeRequest): Promise<RepresentativeView> {
    await this.access.require(forumId, userId, 'manageDocuments');
    const { rep, change } = await this.db
      .transaction(async (manager) => {
        const participant = await manager.findOneBy(Participant, { id: input.participantId, forumId });
        if (!participant) throw new DomainError('NOT_FOUND', 'That attendee is not part of this forum');
        const rep = await manager.save(
          manager.create(Representative, { forumId, participantId: participant.id, side: input.side, roleTitle: input.roleTitle }),
        );
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
    const { participantId, change } = await this.db.transaction(async (manager) => {
      const rep = await manager.findOneBy(Representative, { id: representativeId, forumId });
      if (!rep) throw new DomainError('NOT_FOUND', 'Representative not found');
      await manager.delete(Representative, { id: rep.id });
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
    return this.list(this.db.manager, forumId);
  }

  async list(manager: EntityManager, forumId: string): Promise<RepresentativeView[]> {
    const reps = await manager.find(Representative, { where: { forumId }, relations: { participant: true }, order: { createdAt: 'ASC' } });
    const signed = (await manager.query(
      `SELECT s.representative_id AS id, max(d.version)::int AS version FROM signatures s JOIN document_versions d ON d.id = s.document_id
       WHERE d.forum_id = $1 GROUP BY 1`,
      [forumId],
    )) as Array<{ id: string; version: number }>;
    return reps.map((rep) => toRepresentativeView(rep, signed.find((s) => s.id === rep.id)?.version ?? null));
  }

  /** What this attendee has to sign, if they are a representative: the newest ready version. */
  async task(manager: EntityManager, forumId: string, participantId: string): Promise<SigningTask | null> {
    // Plain SQL: it runs for every attendee's snapshot, and almost nobody is a representative.
    const [rep] = (await manager.query('SELECT id, role_title AS "roleTitle", side FROM representatives WHERE forum_id = $1 AND participant_id = $2', [
      forumId,
      participantId,
    ])) as Array<Pick<Representative, 'id' | 'roleTitle' | 'side'>>;
    if (!rep) return null;
    const latest = await manager.findOne(DocumentVersion, { where: { forumId, status: 'ready' }, order: { version: 'DESC' } });
    const signed = latest ? await manager.existsBy(Signature, { representativeId: rep.id, documentId: latest.id }) : false;
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
    const png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    if (png.length > DOCUMENT_LIMITS.signatureBytes)
      throw new DomainError('VALIDATION_FAILED', 'The signature image is too large', ['signaturePng: at most 200 KB']);
    if (!isIntactPng(png)) {
      throw new DomainError('VALIDATION_FAILED', 'The signature is not a PNG image', ['signaturePng: must be a PNG image']);
    }
    const { task, change } = await this.db.transaction(async (manager) => {
      const rep = await manager.findOneBy(Representative, { forumId, participantId });
      if (!rep) throw new DomainError('FORBIDDEN', 'Only a representative named by the organiser can sign');
      const latest = await manager.findOne(DocumentVersion, {
        where: { forumId, status: 'ready' },
        order: { version: 'DESC' },
        lock: { mode: 'pessimistic_read' },
      });
      if (!latest || latest.id !== documentId || !latest.contentFingerprint) {
        throw new DomainError('INVALID_STATE', 'Only the newest ready version of the Berita Acara can be signed');
      }
      // Signed already: a retried request whose answer was lost. Acknowledge it; the first signature stands.
      if (await manager.existsBy(Signature, { representativeId: rep.id, documentId })) {
        return { task: await this.task(manager, forumId, participantId), change: null };
      }
      await manager.save(manager.create(Signature, { representativeId: rep.id, documentId, contentFingerprint: latest.contentFingerprint, png }));
      await this.audit.record(manager, {
        forumId,
        actorUserId: null,
        action: 'document.sign',
        subjectId: documentId,
        details: { representativeId: rep.id, participantId, version: latest.version },
      });
      return { task: await this.task(manager, forumId, participantId), change: await this.stampList(manager, forumId) };
    });
    if (change) this.broadcaster.send(forumId, [change]);
    // The signer's other devices (and this one, if the answer is lost) learn it too.
    this.broadcaster.sendSigningTask(participantId, task);
    return task as SigningTask;
  }

  /** After a new version is ready: every representative of the forum is asked to sign it. */
  async offerNewVersion(forumId: string): Promise<void> {
    const reps = await this.db.getRepository(Representative).findBy({ forumId });
    for (const rep of reps) await this.offer(forumId, rep.participantId);
  }

  private async offer(forumId: string, participantId: string): Promise<void> {
    this.broadcaster.sendSigningTask(participantId, await this.task(this.db.manager, forumId, participantId));
  }

  private async stampList(manager: EntityManager, forumId: string): Promise<ForumChange> {
    return stampStaff(manager, forumId, { type: 'representatives.updated', representatives: await this.list(manager, forumId) });
  }
}
