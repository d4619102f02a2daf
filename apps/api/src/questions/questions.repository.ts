import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROOM_QUESTION_STATUSES } from '@mufakat/contracts';
import { Forum, Participant, Question } from '@mufakat/persistence';
import { DataSource, In, type EntityManager } from 'typeorm';
import { knownError } from '../common/known-error';
import { runPrepared, type PreparedStatement } from '../database/prepared-statement';

/** One upvote or un-vote as an attendee asked for it. */
export interface UpvoteRequestItem {
  forumId: string;
  participantId: string;
  questionId: string;
  upvoted: boolean;
}

/** A question locked for change, with what its views need. */
export interface LockedQuestion {
  forum: Forum;
  question: Question;
  author: Participant;
  /** Whether the room could see it before this change. */
  wasPublic: boolean;
}

export interface UpvoteWrite {
  /** Every question the batch named, as found (locked) before writing. */
  questions: Array<{ id: string; forumId: string; status: Question['status'] }>;
  /** Questions whose count moved. */
  moved: string[];
}

/**
 * One statement for a batch of upvotes and un-votes ($1 questions, $2 participants, $3 forums, $4 upvoted, $5 the
 * statuses the room sees). The questions are locked in id order first (batches on several replicas cannot deadlock),
 * votes are inserted or deleted, and the counters move by exactly what changed.
 */
const WRITE_UPVOTES: PreparedStatement = {
  name: 'questions-write-upvotes',
  text: `
  WITH input AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[]) AS t(question_id, participant_id, forum_id, upvoted)),
  locked AS (SELECT id, forum_id, status FROM questions WHERE id IN (SELECT question_id FROM input) ORDER BY id FOR UPDATE),
  valid AS (
    SELECT i.* FROM input i JOIN locked q ON q.id = i.question_id AND q.forum_id = i.forum_id AND q.status = ANY($5::text[])),
  added AS (
    INSERT INTO question_votes (question_id, participant_id) SELECT question_id, participant_id FROM valid WHERE upvoted
    ON CONFLICT DO NOTHING RETURNING question_id),
  removed AS (
    DELETE FROM question_votes v USING valid i
    WHERE NOT i.upvoted AND v.question_id = i.question_id AND v.participant_id = i.participant_id RETURNING v.question_id),
  deltas AS (
    SELECT question_id, sum(d)::int AS delta FROM (SELECT question_id, 1 AS d FROM added UNION ALL SELECT question_id, -1 FROM removed) x
    GROUP BY question_id HAVING sum(d) <> 0),
  moved AS (UPDATE questions q SET upvote_count = q.upvote_count + d.delta FROM deltas d WHERE q.id = d.question_id RETURNING q.id)
  SELECT (SELECT coalesce(json_agg(json_build_object('id', id, 'forumId', forum_id, 'status', status)), '[]'::json) FROM locked) AS questions,
         (SELECT coalesce(array_agg(id), '{}') FROM moved) AS moved`,
};

/** Every query of the questions feature. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class QuestionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async lock(manager: EntityManager, forumId: string, questionId: string): Promise<LockedQuestion> {
    const question = await manager.findOne(Question, { where: { id: questionId, forumId }, lock: { mode: 'pessimistic_write' } });
    if (!question) throw knownError('questionNotFound');
    const forum = await manager.findOneByOrFail(Forum, { id: forumId });
    const author = await manager.findOneByOrFail(Participant, { id: question.participantId });
    return { forum, question, author, wasPublic: (ROOM_QUESTION_STATUSES as readonly string[]).includes(question.status) };
  }

  /**
   * The forum and the asker for a new question, the asker's row locked until the transaction ends: one attendee's
   * asks take turns, so each counts every earlier one (on any replica) before inserting. FOR NO KEY UPDATE, so
   * inserts that merely refer to the attendee (votes, signals) do not wait; taken before the forum row's lock
   * (numbering), like every lock on a participant row must be. Null when the asker is not part of the forum.
   */
  async lockAsker(manager: EntityManager, forumId: string, participantId: string): Promise<{ forum: Forum; author: Participant } | null> {
    const author = await manager.findOne(Participant, { where: { id: participantId, forumId }, lock: { mode: 'for_no_key_update' } });
    const forum = author && (await manager.findOneBy(Forum, { id: forumId }));
    return forum && author ? { forum, author } : null;
  }

  /** Questions the participant asked in the last minute, by the database's clock (replicas' clocks may differ). */
  countAskedInLastMinute(manager: EntityManager, participantId: string): Promise<number> {
    return manager
      .createQueryBuilder(Question, 'question')
      .where('question.participantId = :participantId', { participantId })
      .andWhere("question.createdAt > now() - interval '1 minute'")
      .getCount();
  }

  insert(manager: EntityManager, values: Pick<Question, 'forumId' | 'participantId' | 'agendaItemId' | 'text' | 'anonymous' | 'status'>): Promise<Question> {
    return manager.save(manager.create(Question, values));
  }

  save(manager: EntityManager, question: Question): Promise<Question> {
    return manager.save(question);
  }

  pinnedId(manager: EntityManager, forumId: string): Promise<string | null> {
    return manager.findOne(Question, { select: { id: true }, where: { forumId, pinned: true } }).then((row) => row?.id ?? null);
  }

  /** What the room sees, with the askers. */
  roomQuestions(manager: EntityManager, forumId: string): Promise<Question[]> {
    return manager.find(Question, { where: { forumId, status: In([...ROOM_QUESTION_STATUSES]) }, relations: { participant: true } });
  }

  /** Every question, with the askers, oldest first: the moderation view. */
  allQuestions(manager: EntityManager, forumId: string): Promise<Question[]> {
    return manager.find(Question, { where: { forumId }, relations: { participant: true }, order: { createdAt: 'ASC' } });
  }

  /** Current counts of the questions the room sees among these ids. */
  async roomUpvotes(manager: EntityManager, forumId: string, questionIds: string[]): Promise<Record<string, number>> {
    const rows = await manager.find(Question, {
      select: { id: true, upvoteCount: true },
      where: { forumId, id: In(questionIds), status: In([...ROOM_QUESTION_STATUSES]) },
    });
    return Object.fromEntries(rows.map((row) => [row.id, row.upvoteCount]));
  }

  /** One statement for a whole batch (the last action per attendee and question is the caller's to pick). */
  async writeUpvotes(batch: UpvoteRequestItem[]): Promise<UpvoteWrite> {
    const [row] = await runPrepared<UpvoteWrite>(this.db, WRITE_UPVOTES, [
      batch.map((item) => item.questionId),
      batch.map((item) => item.participantId),
      batch.map((item) => item.forumId),
      batch.map((item) => item.upvoted),
      ROOM_QUESTION_STATUSES,
    ]);
    return row;
  }
}
