import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceCounts } from '@mufakat/contracts';
import { Forum, Participant } from '@mufakat/persistence';
import { DataSource, In, type EntityManager } from 'typeorm';
import { hashAttendeeToken } from './attendee-token';

/** A participant as registration returns it: everything but the token's hash. */
export type RegisteredParticipant = Pick<Participant, 'id' | 'forumId' | 'name' | 'institution' | 'category' | 'mode' | 'joinedAt'> &
  Partial<Pick<Participant, 'verifiedAt' | 'verifiedBy' | 'voidedAt' | 'voidReason'>>;

/** Who an attendee token belongs to. */
export type TokenHolder = Pick<Participant, 'id' | 'name'>;

/** A registration's outcome: a new attendee, or the one this browser registered before (`restored`). */
export type Registration = RegisteredParticipant & { restored: boolean };

const REGISTERED_COLUMNS = `id, forum_id AS "forumId", name, institution, category, mode, joined_at AS "joinedAt", verified_at AS "verifiedAt",
  verified_by AS "verifiedBy", voided_at AS "voidedAt", void_reason AS "voidReason"`;

/**
 * Every query of the attendance list. Tokens go in and out as the attendee holds them; only their hash is stored.
 * Methods taking a manager run inside the caller's transaction.
 */
@Injectable()
export class ParticipantsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The published forum with this (normalised) join code. */
  publishedForum(joinCode: string): Promise<Forum | null> {
    return this.db.manager.findOneBy(Forum, { joinCode, status: 'published' });
  }

  /**
   * Registers an attendee of the published forum with this join code; null when there is none. Plain SQL, one
   * statement: a join storm registers hundreds a second, and the ORM's query builder was most of the api's time
   * then (bench profile).
   */
  async register(
    joinCode: string,
    details: Pick<Participant, 'name' | 'institution' | 'category' | 'mode'>,
    attendeeToken: string,
    deviceKeyHash: string | null,
  ): Promise<Registration | null> {
    // A browser that registered before gets its attendee back with a fresh token (its old one is on the same
    // browser, or lost); a voided attendee keeps its old token, which is refused anyway. xmax is 0 for an insert.
    const rows = await this.db.query<Registration[]>(
      `INSERT INTO participants (forum_id, name, institution, category, mode, token_hash, device_key_hash)
       SELECT f.id, $2, $3, $4, $5, $6, $7 FROM forums f WHERE f.join_code = $1 AND f.status = 'published'
       ON CONFLICT (forum_id, device_key_hash) DO UPDATE
         SET token_hash = CASE WHEN participants.voided_at IS NULL THEN EXCLUDED.token_hash ELSE participants.token_hash END
       RETURNING ${REGISTERED_COLUMNS}, xmax <> 0 AS restored`,
      [joinCode, details.name, details.institution, details.category, details.mode, hashAttendeeToken(attendeeToken), deviceKeyHash],
    );
    return rows[0] ?? null;
  }

  /** On every attendee's connect: plain SQL, not the ORM's query builder (a join storm makes thousands). */
  async holderOfToken(forumId: string, attendeeToken: string): Promise<(TokenHolder & { voided: boolean }) | null> {
    const rows = await this.db.query<Array<TokenHolder & { voided: boolean }>>(
      'SELECT id, name, voided_at IS NOT NULL AS voided FROM participants WHERE forum_id = $1 AND token_hash = $2',
      [forumId, hashAttendeeToken(attendeeToken)],
    );
    return rows[0] ?? null;
  }

  /** The forum's attendee with this id (a signed token's), voided or not. */
  async holderById(forumId: string, participantId: string): Promise<(TokenHolder & { voided: boolean }) | null> {
    const rows = await this.db.query<Array<TokenHolder & { voided: boolean }>>(
      'SELECT id, name, voided_at IS NOT NULL AS voided FROM participants WHERE forum_id = $1 AND id = $2',
      [forumId, participantId],
    );
    return rows[0] ?? null;
  }

  /** Every voided attendee, of every forum: the revocation set of signed tokens. */
  async voidedIds(): Promise<string[]> {
    const rows = await this.db.query<Array<{ id: string }>>('SELECT id FROM participants WHERE voided_at IS NOT NULL');
    return rows.map((row) => row.id);
  }

  /** The forum's participants in the order they joined, or only those among the ids. */
  ofForum(manager: EntityManager, forumId: string, ids?: string[]): Promise<Participant[]> {
    return manager.find(Participant, { where: { forumId, ...(ids ? { id: In(ids) } : {}) }, order: { joinedAt: 'ASC' } });
  }

  /** Attendees not voided, by mode; with `withVerified` (check-in on), the verified ones too. */
  async countAttendance(manager: EntityManager, forumId: string, withVerified: boolean): Promise<AttendanceCounts> {
    const rows = await manager
      .createQueryBuilder(Participant, 'p')
      .select('p.mode', 'mode')
      .addSelect('count(*)::int', 'count')
      .addSelect('count(p.verified_at)::int', 'verified')
      .where('p.forum_id = :forumId', { forumId })
      .andWhere('p.voided_at IS NULL')
      .groupBy('p.mode')
      .getRawMany<{ mode: string; count: number; verified: number }>();
    const counts: AttendanceCounts = { room: 0, online: 0 };
    let verified = 0;
    for (const row of rows) {
      if (row.mode === 'room' || row.mode === 'online') counts[row.mode] = Number(row.count);
      verified += Number(row.verified);
    }
    return withVerified ? { ...counts, verified } : counts;
  }
}
