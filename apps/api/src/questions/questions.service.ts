import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS, type MyQuestion, type UpvoteResult } from '@mufakat/contracts';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';
import { agendaItemOfForum } from '../agenda/agenda-item-ref';
import { DomainError } from '../common/domain-error';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockQuestion, stampQuestionChanges } from './question-changes';
import { toMyQuestion } from './question-views';
import { UpvoteBatcher, type UpvoteRequestItem } from './upvote-batcher';
import { Forum, Participant, Question } from '@mufakat/persistence';

/** What attendees do with questions: ask, correct or withdraw their own while pending, upvote. */
@Injectable()
export class QuestionsService {
  private readonly upvotes = new UpvoteBatcher<DomainError | null>((items) => this.writeUpvotes(items));

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
  ) {}

  async ask(
    forumId: string,
    participantId: string,
    input: { text: string; agendaItemId?: string | null; anonymous?: boolean },
  ): Promise<MyQuestion> {
    const text = requireText(input.text);
    const { question, changes } = await this.db.transaction(async (manager) => {
      const agendaItemId = await agendaItemOfForum(manager, forumId, input.agendaItemId);
      const recent = await manager.countBy(Question, { participantId, createdAt: MoreThan(new Date(Date.now() - 60_000)) });
      if (recent >= LIMITS.questionsPerMinute) {
        throw new DomainError('RATE_LIMITED', `At most ${LIMITS.questionsPerMinute} questions a minute; please wait a moment`);
      }
      const forum = await manager.findOneByOrFail(Forum, { id: forumId });
      const author = await manager.findOneByOrFail(Participant, { id: participantId, forumId });
      const question = await manager.save(
        manager.create(Question, {
          forumId,
          participantId,
          agendaItemId,
          text,
          anonymous: input.anonymous ?? false,
          status: forum.preModeration ? 'pending' : 'approved',
        }),
      );
      return { question, changes: await stampQuestionChanges(manager, { forum, question, author, wasPublic: false }) };
    });
    this.broadcaster.send(forumId, changes);
    return toMyQuestion(question);
  }

  editOwn(forumId: string, participantId: string, input: { questionId: string; text: string }): Promise<MyQuestion> {
    const text = requireText(input.text);
    return this.changeOwnPending(forumId, participantId, input.questionId, (question) => {
      question.text = text;
    });
  }

  withdraw(forumId: string, participantId: string, input: { questionId: string }): Promise<MyQuestion> {
    return this.changeOwnPending(forumId, participantId, input.questionId, (question) => {
      question.status = 'withdrawn';
    });
  }

  /** Idempotent both ways: the vote's primary key decides, and votes are written in batches (see UpvoteBatcher). */
  async upvote(forumId: string, participantId: string, input: { questionId: string; upvoted: boolean }): Promise<UpvoteResult> {
    const outcome = await this.upvotes.submit({ forumId, participantId, questionId: input.questionId, upvoted: input.upvoted });
    if (outcome) throw outcome;
    return { questionId: input.questionId, upvoted: input.upvoted };
  }

  /**
   * One transaction for a whole batch: the questions are locked in id order (so batches on several replicas
   * cannot deadlock), each vote is checked, the last action per attendee and question wins, votes are
   * inserted or deleted in one statement each, and the counters move by exactly what changed.
   * Returns, per item, null when accepted or the error to send back.
   */
  private async writeUpvotes(items: UpvoteRequestItem[]): Promise<Array<DomainError | null>> {
    const changed = await this.db.transaction(async (manager) => {
      const ids = [...new Set(items.map((item) => item.questionId))];
      const rows = (await manager.query(
        `SELECT id, forum_id, status FROM questions WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [ids],
      )) as Array<{ id: string; forum_id: string; status: string }>;
      const questions = new Map(rows.map((row) => [row.id, row]));
      const outcomes = items.map((item): DomainError | null => {
        const question = questions.get(item.questionId);
        if (!question || question.forum_id !== item.forumId) return new DomainError('NOT_FOUND', 'Question not found');
        if (question.status !== 'approved' && question.status !== 'answered') {
          return new DomainError('INVALID_STATE', 'Only questions shown to the room can be upvoted');
        }
        return null;
      });
      const wanted = new Map<string, UpvoteRequestItem>();
      items.forEach((item, index) => {
        if (!outcomes[index]) wanted.set(`${item.questionId}:${item.participantId}`, item);
      });
      const adds = [...wanted.values()].filter((item) => item.upvoted);
      const removes = [...wanted.values()].filter((item) => !item.upvoted);
      const deltas = new Map<string, number>();
      const count = (rows: Array<{ question_id: string; n: number }>, sign: number) =>
        rows.forEach((row) => deltas.set(row.question_id, (deltas.get(row.question_id) ?? 0) + sign * Number(row.n)));
      if (adds.length > 0) {
        count(
          await manager.query(
            `WITH input AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS t(question_id, participant_id)),
                  added AS (INSERT INTO question_votes (question_id, participant_id) SELECT question_id, participant_id FROM input
                            ON CONFLICT DO NOTHING RETURNING question_id)
             SELECT question_id, count(*)::int AS n FROM added GROUP BY question_id`,
            [adds.map((item) => item.questionId), adds.map((item) => item.participantId)],
          ),
          1,
        );
      }
      if (removes.length > 0) {
        count(
          await manager.query(
            `WITH input AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS t(question_id, participant_id)),
                  removed AS (DELETE FROM question_votes v USING input i
                              WHERE v.question_id = i.question_id AND v.participant_id = i.participant_id RETURNING v.question_id)
             SELECT question_id, count(*)::int AS n FROM removed GROUP BY question_id`,
            [removes.map((item) => item.questionId), removes.map((item) => item.participantId)],
          ),
          -1,
        );
      }
      const moved = [...deltas].filter(([, delta]) => delta !== 0);
      if (moved.length > 0) {
        await manager.query(
          `UPDATE questions q SET upvote_count = q.upvote_count + d.delta
           FROM unnest($1::uuid[], $2::int[]) AS d(id, delta) WHERE q.id = d.id`,
          [moved.map(([id]) => id), moved.map(([, delta]) => delta)],
        );
      }
      return { outcomes, moved: moved.map(([id]) => ({ id, forumId: (questions.get(id) as { forum_id: string }).forum_id })) };
    });
    for (const question of changed.moved) this.broadcaster.tallyChanged(question.forumId, question.id);
    return changed.outcomes;
  }

  /** The asker's questions and upvotes, for their snapshot. */
  async mine(manager: EntityManager, participantId: string): Promise<{ myQuestions: MyQuestion[]; votedQuestionIds: string[] }> {
    const questions = await manager.find(Question, { where: { participantId }, order: { createdAt: 'ASC' } });
    const votes = await manager.query(`SELECT question_id FROM question_votes WHERE participant_id = $1`, [participantId]);
    return {
      myQuestions: questions.filter((q) => q.status !== 'withdrawn').map(toMyQuestion),
      votedQuestionIds: (votes as Array<{ question_id: string }>).map((row) => row.question_id),
    };
  }

  private async changeOwnPending(
    forumId: string,
    participantId: string,
    questionId: string,
    change: (question: Question) => void,
  ): Promise<MyQuestion> {
    const { question, changes } = await this.db.transaction(async (manager) => {
      const locked = await lockQuestion(manager, forumId, questionId);
      if (locked.question.participantId !== participantId) throw new DomainError('FORBIDDEN', 'This is not your question');
      if (locked.question.status !== 'pending') {
        throw new DomainError('INVALID_STATE', 'Only a question still waiting for moderation can be changed');
      }
      change(locked.question);
      await manager.save(locked.question);
      return { question: locked.question, changes: await stampQuestionChanges(manager, locked) };
    });
    this.broadcaster.send(forumId, changes);
    return toMyQuestion(question);
  }
}

function requireText(raw: string): string {
  const text = raw.trim();
  if (!text) throw new DomainError('VALIDATION_FAILED', 'The question is empty', ['text: must not be empty']);
  return text;
}
