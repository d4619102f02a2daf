import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Forum, ForumMember, Participant, Representative, Signature, Unit } from '@mufakat/persistence';
import { DataSource, IsNull, type EntityManager } from 'typeorm';

/** A representative as their signing task shows them. */
export type RepresentativeRow = Pick<Representative, 'id' | 'roleTitle' | 'side'>;

/** A standing (not voided) signature: who, on what content. */
export interface StandingSignatureRow {
  representativeId: string;
  contentFingerprint: string;
}

/**
 * Every query on representatives and their signatures. Methods taking a manager run inside the caller's
 * transaction; where it is optional, they also run on their own.
 */
@Injectable()
export class SigningRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The attendee, when they are part of the forum. */
  participant(manager: EntityManager, forumId: string, participantId: string): Promise<Participant | null> {
    return manager.findOneBy(Participant, { id: participantId, forumId });
  }

  /** Whether the staff member works on this forum, in any role. */
  isForumStaff(manager: EntityManager, forumId: string, userId: string): Promise<boolean> {
    return manager.existsBy(ForumMember, { forumId, userId });
  }

  /** Fails with a unique violation when the person is a representative already. */
  insertRepresentative(
    manager: EntityManager,
    values: Pick<Representative, 'forumId' | 'side' | 'roleTitle'> & Partial<Pick<Representative, 'participantId' | 'staffUserId'>>,
  ): Promise<Representative> {
    return manager.save(manager.create(Representative, values));
  }

  findRepresentative(manager: EntityManager, forumId: string, representativeId: string): Promise<Representative | null> {
    return manager.findOneBy(Representative, { id: representativeId, forumId });
  }

  async deleteRepresentative(manager: EntityManager, representativeId: string): Promise<void> {
    await manager.delete(Representative, { id: representativeId });
  }

  /** With their attendees or staff accounts, first named first. */
  representatives(forumId: string, manager: EntityManager = this.db.manager): Promise<Representative[]> {
    return manager.find(Representative, { where: { forumId }, relations: { participant: true, staffUser: true }, order: { createdAt: 'ASC' } });
  }

  /** Every signature of the forum's representatives that a revision has not voided. */
  standingSignatures(forumId: string, manager: EntityManager = this.db.manager): Promise<StandingSignatureRow[]> {
    return manager.query(
      `SELECT DISTINCT s.representative_id AS "representativeId", s.content_fingerprint AS "contentFingerprint"
       FROM signatures s JOIN representatives r ON r.id = s.representative_id WHERE r.forum_id = $1 AND s.voided_at IS NULL`,
      [forumId],
    ) as Promise<StandingSignatureRow[]>;
  }

  /** Voids every standing signature of the forum (kept as history); returns how many. */
  async voidSignatures(manager: EntityManager, forumId: string, userId: string): Promise<number> {
    const rows = (await manager.query(
      `UPDATE signatures s SET voided_at = now(), voided_by = $2 FROM representatives r
       WHERE r.id = s.representative_id AND r.forum_id = $1 AND s.voided_at IS NULL RETURNING s.id`,
      [forumId, userId],
    )) as [unknown[], number];
    return rows[1];
  }

  /** The forum's revision counter, locked and moved on by one; returns the new revision. */
  async nextRevision(manager: EntityManager, forumId: string): Promise<number> {
    await manager.increment(Forum, { id: forumId }, 'recordRevision', 1);
    return (await manager.findOneByOrFail(Forum, { id: forumId })).recordRevision;
  }

  /** The head of unit of the forum's record settings: the provider's signatory as the document names them. */
  async unitHead(forumId: string, manager: EntityManager = this.db.manager): Promise<{ name: string; position: string | null } | null> {
    const forum = await manager.findOneByOrFail(Forum, { id: forumId });
    const unit = forum.unitId ? await manager.findOneBy(Unit, { id: forum.unitId }) : null;
    return unit?.headName ? { name: unit.headName, position: unit.headPosition } : null;
  }

  async revision(forumId: string, manager: EntityManager = this.db.manager): Promise<number> {
    return (await manager.findOneByOrFail(Forum, { id: forumId })).recordRevision;
  }

  /** Plain SQL, no entity built: it runs for every representative's snapshot and every signature. */
  async representativeOf(forumId: string, participantId: string, manager: EntityManager = this.db.manager): Promise<RepresentativeRow | null> {
    const [row] = (await manager.query('SELECT id, role_title AS "roleTitle", side FROM representatives WHERE forum_id = $1 AND participant_id = $2', [
      forumId,
      participantId,
    ])) as RepresentativeRow[];
    return row ?? null;
  }

  async staffRepresentativeOf(forumId: string, staffUserId: string, manager: EntityManager = this.db.manager): Promise<RepresentativeRow | null> {
    const [row] = (await manager.query('SELECT id, role_title AS "roleTitle", side FROM representatives WHERE forum_id = $1 AND staff_user_id = $2', [
      forumId,
      staffUserId,
    ])) as RepresentativeRow[];
    return row ?? null;
  }

  /** The attendees the forum's representatives are (staff signatories have none). */
  async representativeParticipantIds(forumId: string): Promise<string[]> {
    const reps = await this.db.getRepository(Representative).findBy({ forumId });
    return reps.flatMap((rep) => (rep.participantId ? [rep.participantId] : []));
  }

  /** Whether the representative's standing signature is on this content, given on any version that says it. */
  hasSigned(representativeId: string, contentFingerprint: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return manager.existsBy(Signature, { representativeId, contentFingerprint, voidedAt: IsNull() });
  }

  async insertSignature(manager: EntityManager, values: Pick<Signature, 'representativeId' | 'documentId' | 'contentFingerprint' | 'png'>): Promise<void> {
    await manager.save(manager.create(Signature, values));
  }
}
