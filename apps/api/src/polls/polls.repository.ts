import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PollAnswer, PollResults, PollStatus } from '@mufakat/contracts';
import { Poll, pollResultsOf } from '@mufakat/persistence';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { knownError } from '../common/known-error';

/** Why an answer was not written, as the poll and the attendee's stored answer now stand. */
export interface UnwrittenAnswer {
  status: PollStatus;
  /** Whether the stored answer equals the one given (null when there is none). */
  same: boolean | null;
  answered: boolean;
}

/**
 * One answer per attendee per poll, decided by the primary key ($1 poll, $2 participant, $3 answer, $4 allowChange).
 * The poll row is share-locked by the statement, so closing waits for answers in flight and no answer lands after it.
 */
const WRITE_ANSWER = `
  INSERT INTO poll_answers (poll_id, participant_id, answer)
  SELECT p.id, $2::uuid, $3::jsonb FROM polls p WHERE p.id = $1 AND p.status = 'open' FOR SHARE
  ON CONFLICT (poll_id, participant_id) DO UPDATE SET answer = EXCLUDED.answer, updated_at = now()
  WHERE $4::boolean AND poll_answers.answer IS DISTINCT FROM EXCLUDED.answer
  RETURNING 1`;

const UNWRITTEN_ANSWER = `
  SELECT p.status, a.answer = $3::jsonb AS same, a.answer IS NOT NULL AS answered
  FROM polls p LEFT JOIN poll_answers a ON a.poll_id = p.id AND a.participant_id = $2::uuid
  WHERE p.id = $1`;

/** Every query of the polls feature. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class PollsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  insert(manager: EntityManager, values: Omit<Poll, 'id' | 'forum' | 'agendaItem' | 'createdAt'>): Promise<Poll> {
    return manager.save(manager.create(Poll, values));
  }

  async lock(manager: EntityManager, forumId: string, pollId: string): Promise<Poll> {
    const poll = await manager.findOne(Poll, { where: { id: pollId, forumId }, lock: { mode: 'pessimistic_write' } });
    if (!poll) throw knownError('pollNotFound');
    return poll;
  }

  save(manager: EntityManager, poll: Poll): Promise<Poll> {
    return manager.save(poll);
  }

  async delete(manager: EntityManager, pollId: string): Promise<void> {
    await manager.delete(Poll, { id: pollId });
  }

  /** Read outside any transaction: answering takes no lock of its own. */
  find(forumId: string, pollId: string): Promise<Poll | null> {
    return this.db.getRepository(Poll).findOneBy({ id: pollId, forumId });
  }

  /** Every poll of the forum, oldest first. */
  allOfForum(manager: EntityManager, forumId: string): Promise<Poll[]> {
    return manager.find(Poll, { where: { forumId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The polls among these ids that have been opened. */
  openedAmong(manager: EntityManager, forumId: string, pollIds: string[]): Promise<Poll[]> {
    return manager.find(Poll, { where: { forumId, id: In(pollIds), status: Not('draft' as const) } });
  }

  /** Whether the answer was written (new, or a change the poll allows that differs from the stored one). */
  async writeAnswer(pollId: string, participantId: string, answer: PollAnswer, allowChange: boolean): Promise<boolean> {
    const written = (await this.db.query(WRITE_ANSWER, [pollId, participantId, JSON.stringify(answer), allowChange])) as unknown[];
    return written.length > 0;
  }

  /** What stood in the way of an answer that was not written; undefined when the poll is gone. */
  async unwrittenAnswer(pollId: string, participantId: string, answer: PollAnswer): Promise<UnwrittenAnswer | undefined> {
    const [row] = (await this.db.query(UNWRITTEN_ANSWER, [pollId, participantId, JSON.stringify(answer)])) as UnwrittenAnswer[];
    return row;
  }

  /** The shared read (the Berita Acara counts with it too). */
  resultsOf(manager: EntityManager, poll: Poll): Promise<PollResults> {
    return pollResultsOf(manager, poll);
  }
}
