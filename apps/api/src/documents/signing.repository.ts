import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Participant, Representative, Signature } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/** A representative as their signing task shows them. */
export type RepresentativeRow = Pick<Representative, 'id' | 'roleTitle' | 'side'>;

/** The newest version a representative has signed. */
export interface SignedVersionRow {
  representativeId: string;
  version: number;
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

  /** Fails with a unique violation when the attendee is a representative already. */
  insertRepresentative(manager: EntityManager, values: Pick<Representative, 'forumId' | 'participantId' | 'side' | 'roleTitle'>): Promise<Representative> {
    return manager.save(manager.create(Representative, values));
  }

  findRepresentative(manager: EntityManager, forumId: string, representativeId: string): Promise<Representative | null> {
    return manager.findOneBy(Representative, { id: representativeId, forumId });
  }

  async deleteRepresentative(manager: EntityManager, representativeId: string): Promise<void> {
    await manager.delete(Representative, { id: representativeId });
  }

  /** With their attendees, first named first. */
  representatives(forumId: string, manager: EntityManager = this.db.manager): Promise<Representative[]> {
    return manager.find(Representative, { where: { forumId }, relations: { participant: true }, order: { createdAt: 'ASC' } });
  }

  signedVersions(forumId: string, manager: EntityManager = this.db.manager): Promise<SignedVersionRow[]> {
    return manager.query(
      `SELECT s.representative_id AS "representativeId", max(d.version)::int AS version FROM signatures s JOIN document_versions d ON d.id = s.document_id
       WHERE d.forum_id = $1 GROUP BY 1`,
      [forumId],
    ) as Promise<SignedVersionRow[]>;
  }

  /** Plain SQL, no entity built: it runs for every representative's snapshot and every signature. */
  async representativeOf(forumId: string, participantId: string, manager: EntityManager = this.db.manager): Promise<RepresentativeRow | null> {
    const [row] = (await manager.query('SELECT id, role_title AS "roleTitle", side FROM representatives WHERE forum_id = $1 AND participant_id = $2', [
      forumId,
      participantId,
    ])) as RepresentativeRow[];
    return row ?? null;
  }

  /** The attendees the forum's representatives are. */
  async representativeParticipantIds(forumId: string): Promise<string[]> {
    const reps = await this.db.getRepository(Representative).findBy({ forumId });
    return reps.map((rep) => rep.participantId);
  }

  hasSigned(representativeId: string, documentId: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return manager.existsBy(Signature, { representativeId, documentId });
  }

  async insertSignature(manager: EntityManager, values: Pick<Signature, 'representativeId' | 'documentId' | 'contentFingerprint' | 'png'>): Promise<void> {
    await manager.save(manager.create(Signature, values));
  }
}
