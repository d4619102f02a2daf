import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkInEnabledOf, Forum } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * One response per attendee, the primary key ($1 participant, $2 forum, $3 scores), changeable while the survey is
 * open; the forum row is share-locked by the statement, so closing waits for responses in flight.
 */
const WRITE_RESPONSE = `
  INSERT INTO survey_responses (participant_id, forum_id, scores)
  SELECT $1::uuid, f.id, $3::smallint[] FROM forums f WHERE f.id = $2 AND f.survey_open FOR SHARE
  ON CONFLICT (participant_id) DO UPDATE SET scores = EXCLUDED.scores, updated_at = now()
  RETURNING 1`;

const COUNTED_RESPONSES = 'survey_responses r JOIN participants p ON p.id = r.participant_id WHERE r.forum_id = $1 AND p.voided_at IS NULL';

/** Every query of the survey feature. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class SurveyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The forum row, locked until the transaction ends: opening and closing are serialised on it. */
  forumForUpdate(manager: EntityManager, forumId: string): Promise<Forum | null> {
    return manager.findOne(Forum, { where: { id: forumId }, lock: { mode: 'pessimistic_write' } });
  }

  async isOpen(manager: EntityManager, forumId: string): Promise<boolean> {
    return (await manager.findOneByOrFail(Forum, { id: forumId })).surveyOpen;
  }

  /** Whether the response was written: only while the survey is open. */
  async writeResponse(forumId: string, participantId: string, scores: number[]): Promise<boolean> {
    const written = (await this.db.query(WRITE_RESPONSE, [participantId, forumId, scores])) as unknown[];
    return written.length > 0;
  }

  /** Responses of attendees not voided. */
  async countResponses(manager: EntityManager, forumId: string): Promise<number> {
    const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM ${COUNTED_RESPONSES}`, [forumId])) as Array<{ count: number }>;
    return count;
  }

  /** Every counted response's scores and whether its attendee is verified; a voided attendee's is counted nowhere. */
  async scores(manager: EntityManager, forumId: string): Promise<Array<{ scores: number[]; verified: boolean }>> {
    return (await manager.query(`SELECT r.scores, p.verified_at IS NOT NULL AS verified FROM ${COUNTED_RESPONSES}`, [forumId])) as Array<{
      scores: number[];
      verified: boolean;
    }>;
  }

  checkInEnabled(manager: EntityManager, forumId: string): Promise<boolean> {
    return checkInEnabledOf(manager, forumId);
  }
}
