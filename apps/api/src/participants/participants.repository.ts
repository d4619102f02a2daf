import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceCounts } from '@mufakat/contracts';
import { Forum, Participant } from '@mufakat/persistence';
import { DataSource, In, type EntityManager } from 'typeorm';
import { hashAttendeeToken } from './attendee-token';

/** A participant as registration returns it: everything but the token's hash. */
export type RegisteredParticipant = Pick<Participant, 'id' | 'forumId' | 'name' | 'institution' | 'category' | 'mode' | 'joinedAt'>;

/** Who an attendee token belongs to. */
export type TokenHolder = Pick<Participant, 'id' | 'name'>;

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
  ): Promise<RegisteredParticipant | null> {
    const rows = await this.db.query<RegisteredParticipant[]>(
      `INSERT INTO participants (forum_id, name, institution, category, mode, token_hash)
       SELECT f.id, $2, $3, $4, $5, $6 FROM forums f WHERE f.join_code = $1 AND f.status = 'published'
       RETURNING id, forum_id AS "forumId", name, institution, category, mode, joined_at AS "joinedAt"`,
      [joinCode, details.name, details.institution, details.category, details.mode, hashAttendeeToken(attendeeToken)],
    );
    return rows[0] ?? null;
  }

  /** On every attendee's connect: plain SQL, not the ORM's query builder (a join storm makes thousands). */
  async findByToken(forumId: string, attendeeToken: string): Promise<TokenHolder | null> {
    const rows = await this.db.query<TokenHolder[]>('SELECT id, name FROM participants WHERE forum_id = $1 AND token_hash = $2', [
      forumId,
      hashAttendeeToken(attendeeToken),
    ]);
    return rows[0] ?? null;
  }

  /** The forum's participants in the order they joined, or only those among the ids. */
  ofForum(manager: EntityManager, forumId: string, ids?: string[]): Promise<Participant[]> {
    return manager.find(Participant, { where: { forumId, ...(ids ? { id: In(ids) } : {}) }, order: { joinedAt: 'ASC' } });
  }

  async countAttendance(manager: EntityManager, forumId: string): Promise<AttendanceCounts> {
    const rows = await manager
      .createQueryBuilder(Participant, 'p')
      .select('p.mode', 'mode')
      .addSelect('count(*)::int', 'count')
      .where('p.forum_id = :forumId', { forumId })
      .groupBy('p.mode')
      .getRawMany<{ mode: string; count: number }>();
    const counts: AttendanceCounts = { room: 0, online: 0 };
    for (const row of rows) if (row.mode === 'room' || row.mode === 'online') counts[row.mode] = Number(row.count);
    return counts;
  }
}
