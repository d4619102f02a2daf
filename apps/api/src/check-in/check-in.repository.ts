import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROOM_CONSENSUS_STATUSES, type VerifiedBy } from '@mufakat/contracts';
import { Forum, Participant } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/** What one attendee has counted in: recounted when they are verified or voided. */
export interface Contributions {
  consensusItemIds: string[];
  pollIds: string[];
  surveyed: boolean;
}

/** Every query of check-in and voiding. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class CheckInRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Check-in's settings of a forum, outside any transaction: every code check reads them. */
  async settings(forumId: string): Promise<Pick<Forum, 'checkInEnabled' | 'checkInSecret'> | null> {
    const [row] = (await this.db.query('SELECT check_in_enabled AS "checkInEnabled", check_in_secret AS "checkInSecret" FROM forums WHERE id = $1', [
      forumId,
    ])) as Array<Pick<Forum, 'checkInEnabled' | 'checkInSecret'>>;
    return row ?? null;
  }

  /** The forum row, locked until the transaction ends: turning check-in on and off is serialised on it. */
  forumForUpdate(manager: EntityManager, forumId: string): Promise<Forum | null> {
    return manager.findOne(Forum, { where: { id: forumId }, lock: { mode: 'pessimistic_write' } });
  }

  async setCheckIn(manager: EntityManager, forumId: string, values: Pick<Forum, 'checkInEnabled' | 'checkInSecret'>): Promise<void> {
    await manager.update(Forum, { id: forumId }, values);
  }

  /** The attendee, locked until the transaction ends: verifying and voiding one are serialised on the row. */
  participantForUpdate(manager: EntityManager, forumId: string, participantId: string): Promise<Participant | null> {
    return manager.findOne(Participant, { where: { id: participantId, forumId }, lock: { mode: 'pessimistic_write' } });
  }

  async markVerified(manager: EntityManager, participant: Participant, by: VerifiedBy, userId: string | null): Promise<void> {
    Object.assign(participant, { verifiedAt: new Date(), verifiedBy: by, verifiedByUserId: userId });
    await manager.update(Participant, { id: participant.id }, { verifiedAt: participant.verifiedAt, verifiedBy: by, verifiedByUserId: userId });
  }

  async markVoided(manager: EntityManager, participant: Participant, reason: string): Promise<void> {
    Object.assign(participant, { voidedAt: new Date(), voidReason: reason });
    await manager.update(Participant, { id: participant.id }, { voidedAt: participant.voidedAt, voidReason: reason });
  }

  /** Where the attendee's signals, answers and survey are counted. */
  async contributions(manager: EntityManager, participantId: string): Promise<Contributions> {
    const [row] = (await manager.query(
      `SELECT
         (SELECT coalesce(array_agg(s.item_id), '{}') FROM consensus_signals s WHERE s.participant_id = $1) AS "consensusItemIds",
         (SELECT coalesce(array_agg(a.poll_id), '{}') FROM poll_answers a WHERE a.participant_id = $1) AS "pollIds",
         EXISTS (SELECT 1 FROM survey_responses r WHERE r.participant_id = $1) AS surveyed`,
      [participantId],
    )) as Contributions[];
    return row;
  }

  /** Items the room sees: their tallies gain or lose the verified counts when check-in is turned on or off. */
  async roomConsensusItemIds(manager: EntityManager, forumId: string): Promise<string[]> {
    const rows = (await manager.query('SELECT id FROM consensus_items WHERE forum_id = $1 AND status = ANY($2)', [forumId, ROOM_CONSENSUS_STATUSES])) as Array<{
      id: string;
    }>;
    return rows.map((row) => row.id);
  }
}
