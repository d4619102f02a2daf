import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS, type MyQuestion, type UpvoteResult } from '@mufakat/contracts';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { AgendaItem } from '../forums/agenda-item.entity';
import { Forum } from '../forums/forum.entity';
import { Participant } from '../participants/participant.entity';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockQuestion, stampQuestionChanges } from './question-changes';
import { Question } from './question.entity';
import { toMyQuestion } from './question-views';

/** What attendees do with questions: ask, correct or withdraw their own while pending, upvote. */
@Injectable()
export class QuestionsService {
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
    const agendaItemId = input.agendaItemId ?? null;
    const { question, changes } = await this.db.transaction(async (manager) => {
      if (agendaItemId && !(await manager.existsBy(AgendaItem, { id: agendaItemId, forumId }))) {
        throw new DomainError('NOT_FOUND', 'That agenda item is not part of this forum');
      }
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

  /** Idempotent both ways: the vote's primary key decides, and the count moves in the same statement. */
  async upvote(forumId: string, participantId: string, input: { questionId: string; upvoted: boolean }): Promise<UpvoteResult> {
    const question = await this.db.getRepository(Question).findOne({
      select: { id: true, status: true },
      where: { id: input.questionId, forumId },
    });
    if (!question) throw new DomainError('NOT_FOUND', 'Question not found');
    if (!['approved', 'answered'].includes(question.status)) {
      throw new DomainError('INVALID_STATE', 'Only questions shown to the room can be upvoted');
    }
    const sql = input.upvoted
      ? `WITH changed AS (
           INSERT INTO question_votes (question_id, participant_id) VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING 1)
         UPDATE questions SET upvote_count = upvote_count + (SELECT count(*) FROM changed)
         WHERE id = $1 AND EXISTS (SELECT 1 FROM changed) RETURNING upvote_count`
      : `WITH changed AS (
           DELETE FROM question_votes WHERE question_id = $1 AND participant_id = $2 RETURNING 1)
         UPDATE questions SET upvote_count = upvote_count - (SELECT count(*) FROM changed)
         WHERE id = $1 AND EXISTS (SELECT 1 FROM changed) RETURNING upvote_count`;
    const [rows] = (await this.db.query(sql, [input.questionId, participantId])) as [unknown[], number];
    if (rows.length > 0) this.broadcaster.tallyChanged(forumId, input.questionId);
    return { questionId: input.questionId, upvoted: input.upvoted };
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
