import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationDecision, ModerationQuestion, MyQuestion, UpvoteResult } from '@mufakat/contracts';
import { DataSource, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { AgendaItem } from '../forums/agenda-item.entity';
import { ForumAccessService } from '../forums/forum-access.service';
import { Participant } from '../participants/participant.entity';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { Question } from './question.entity';
import { toModerationQuestion, toMyQuestion, toPublicQuestion } from './question-views';

/** Questions one attendee may ask per minute, so one phone cannot flood the moderation queue. */
export const QUESTIONS_PER_MINUTE = 5;

@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async ask(forumId: string, participantId: string, input: { text: string; agendaItemId?: string | null }): Promise<MyQuestion> {
    const text = input.text.trim();
    if (!text) throw new DomainError('VALIDATION_FAILED', 'The question is empty', ['text: must not be empty']);
    const agendaItemId = input.agendaItemId ?? null;
    const { question, change } = await this.db.transaction(async (manager) => {
      if (agendaItemId && !(await manager.existsBy(AgendaItem, { id: agendaItemId, forumId }))) {
        throw new DomainError('NOT_FOUND', 'That agenda item is not part of this forum');
      }
      const recent = await manager.countBy(Question, { participantId, createdAt: MoreThan(new Date(Date.now() - 60_000)) });
      if (recent >= QUESTIONS_PER_MINUTE) {
        throw new DomainError('RATE_LIMITED', `At most ${QUESTIONS_PER_MINUTE} questions a minute; please wait a moment`);
      }
      const author = await manager.findOneByOrFail(Participant, { id: participantId, forumId });
      const question = await manager.save(manager.create(Question, { forumId, participantId, agendaItemId, text, status: 'pending' }));
      const change = await stampStaff(manager, forumId, { type: 'question.submitted', question: toModerationQuestion(question, author) });
      return { question, change };
    });
    this.broadcaster.send(forumId, [change]);
    return toMyQuestion(question);
  }

  async moderate(
    forumId: string,
    userId: string,
    input: { questionId: string; decision: ModerationDecision },
  ): Promise<ModerationQuestion> {
    await this.access.require(forumId, userId, 'moderateQuestions');
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    const { question, author, changes } = await this.db.transaction(async (manager) => {
      const question = await manager.findOne(Question, {
        where: { id: input.questionId, forumId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!question) throw new DomainError('NOT_FOUND', 'Question not found');
      if (question.status !== 'pending') throw new DomainError('INVALID_STATE', `The question is already ${question.status}`);
      question.status = status;
      question.moderatedAt = new Date();
      question.moderatedBy = userId;
      await manager.save(question);
      await this.audit.record(manager, { forumId, actorUserId: userId, action: `question.${input.decision}`, subjectId: question.id });
      const author = await manager.findOneByOrFail(Participant, { id: question.participantId });
      const changes = [await stampStaff(manager, forumId, { type: 'question.moderated', questionId: question.id, status })];
      if (status === 'approved') {
        changes.push(await stampPublic(manager, forumId, { type: 'question.published', question: toPublicQuestion(question, author) }));
      }
      return { question, author, changes };
    });
    this.broadcaster.send(forumId, changes);
    this.broadcaster.sendToParticipant(question.participantId, toMyQuestion(question));
    return toModerationQuestion(question, author);
  }

  /** Idempotent both ways: the vote's primary key decides, and the count moves in the same statement. */
  async upvote(forumId: string, participantId: string, input: { questionId: string; upvoted: boolean }): Promise<UpvoteResult> {
    const question = await this.db.getRepository(Question).findOne({
      select: { id: true, status: true },
      where: { id: input.questionId, forumId },
    });
    if (!question) throw new DomainError('NOT_FOUND', 'Question not found');
    if (question.status !== 'approved') throw new DomainError('INVALID_STATE', 'Only approved questions can be upvoted');
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
}
