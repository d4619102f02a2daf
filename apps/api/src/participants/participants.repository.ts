import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceCounts } from '@mufakat/contracts';
import { Forum, Participant } from '@mufakat/persistence';
import { DataSource, In, type EntityManager } from 'typeorm';
import { runPrepared, type PreparedStatement } from '../database/prepared-statement';
import { hashAttendeeToken } from './attendee-token';

/** A participant as registration returns it: everything but the token's hash. */
export type RegisteredParticipant = Pick<Participant, 'id' | 'forumId' | 'name' | 'institution' | 'category' | 'mode' | 'joinedAt'> &
  Partial<Pick<Participant, 'verifiedAt' | 'verifiedBy' | 'voidedAt' | 'voidReason'>>;

/** Who an attendee token belongs to. */
export type TokenHolder = Pick<Participant, 'id' | 'name'>;

/** One registration as the phone asked for it, with the token it will hold. */
export interface RegistrationRequest extends Pick<Participant, 'name' | 'institution' | 'category' | 'mode'> {
  joinCode: string;
  attendeeToken: string;
  deviceKeyHash: string | null;
}

/** A registration's outcome: a new attendee, or the one this browser registered before (`restored`). */
export type Registration = RegisteredParticipant & { restored: boolean };

const REGISTERED_COLUMNS = `id, forum_id AS "forumId", name, institution, category, mode, joined_at AS "joinedAt", verified_at AS "verifiedAt",
  verified_by AS "verifiedBy", voided_at AS "voidedAt", void_reason AS "voidReason"`;

/** The registrations' one statement (see registerMany). */
const REGISTER_MANY: PreparedStatement = {
  name: 'participants-register-many',
  text: `INSERT INTO participants (forum_id, name, institution, category, mode, token_hash, device_key_hash)
    SELECT f.id, r.name, r.institution, r.category, r.mode, r.token_hash, r.device_key_hash
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
        AS r(join_code, name, institution, category, mode, token_hash, device_key_hash)
      JOIN forums f ON f.join_code = r.join_code AND f.status = 'published'
    ON CONFLICT (forum_id, device_key_hash) DO UPDATE
      SET token_hash = CASE WHEN participants.voided_at IS NULL THEN EXCLUDED.token_hash ELSE participants.token_hash END
    RETURNING ${REGISTERED_COLUMNS}, xmax <> 0 AS restored, token_hash AS "tokenHash", device_key_hash AS "deviceKeyHash"`,
};

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
   * Registers attendees of the published forums with these join codes, in one statement: the answer at each
   * index is that request's registration, or null when its forum is not published. A join storm registers hundreds
   * a second; one statement per batch (plain SQL, not the ORM's query builder) is one round trip and one commit
   * for all of them (bench profile). A browser that registered before gets its attendee back with a fresh token
   * (its old one is on the same browser, or lost); a voided attendee keeps its old token, which is refused anyway.
   * xmax is 0 for an insert. A device may appear once per statement (Postgres cannot update one row twice in one
   * statement): the caller sends repeats in a later one.
   */
  async registerMany(requests: readonly RegistrationRequest[]): Promise<Array<Registration | null>> {
    const column = <K extends keyof RegistrationRequest>(key: K) => requests.map((request) => request[key]);
    const rows = await runPrepared<Registration & { tokenHash: string; deviceKeyHash: string | null }>(this.db, REGISTER_MANY, [
      column('joinCode'),
      column('name'),
      column('institution'),
      column('category'),
      column('mode'),
      requests.map((request) => hashAttendeeToken(request.attendeeToken)),
      column('deviceKeyHash'),
    ]);
    // Found again by the token's hash, or for a voided attendee (whose hash stays) by the device: its hash is
    // of the join code and the key, so it names one forum.
    const byToken = new Map(rows.map((row) => [row.tokenHash, row]));
    const byDevice = new Map(rows.filter((row) => row.deviceKeyHash).map((row) => [row.deviceKeyHash, row]));
    return requests.map((request) => {
      const row = byToken.get(hashAttendeeToken(request.attendeeToken)) ?? (request.deviceKeyHash ? byDevice.get(request.deviceKeyHash) : undefined);
      if (!row) return null;
      const registration: Registration & Partial<Pick<typeof row, 'tokenHash' | 'deviceKeyHash'>> = { ...row };
      delete registration.tokenHash;
      delete registration.deviceKeyHash;
      return registration;
    });
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

  /**
   * Attendees not voided, by mode, and the verified ones while check-in is on: one statement, plain SQL (a join
   * storm's flushes run it several times a second). In the caller's transaction when given one.
   */
  async countAttendance(forumId: string, manager: EntityManager = this.db.manager): Promise<AttendanceCounts> {
    const [row] = (await manager.query(
      `SELECT f.check_in_enabled AS "checkIn",
              count(p.id) FILTER (WHERE p.mode = 'room')::int AS room,
              count(p.id) FILTER (WHERE p.mode = 'online')::int AS online,
              count(p.verified_at)::int AS verified
         FROM forums f LEFT JOIN participants p ON p.forum_id = f.id AND p.voided_at IS NULL
        WHERE f.id = $1
        GROUP BY f.id`,
      [forumId],
    )) as Array<{ checkIn: boolean; room: number; online: number; verified: number }>;
    if (!row) return { room: 0, online: 0 };
    const counts: AttendanceCounts = { room: Number(row.room), online: Number(row.online) };
    return row.checkIn ? { ...counts, verified: Number(row.verified) } : counts;
  }
}
