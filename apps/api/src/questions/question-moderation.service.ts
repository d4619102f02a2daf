import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ForumChange,
  ForumSettings,
  ModerationDecision,
  ModerationQuestion,
  StaffQuestionStatus,
} from '@mufakat/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic } from '../realtime/forum-sequencer';
import { lockQuestion, stampQuestionChanges, type LockedQuestion } from './question-changes';
import { isPublicStatus, toModerationQuestion, toMyQuestion } from './question-views';
import { Forum, Question } from '@mufakat/persistence';

export interface StaffActor {
  userId: string;
  name: string;
}

/** What moderators do with questions; every action is checked against the forum role and audited. */
@Injectable()
export class QuestionModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  moderate(
    forumId: string,
    staff: StaffActor,
    input: { questionId: string; decision: ModerationDecision; reason?: string },
  ): Promise<ModerationQuestion> {
    return this.change(forumId, staff, input.questionId, `question.${input.decision}`, ({ question }) => {
      if (question.status !== 'pending') throw new DomainError('INVALID_STATE', `The question is already ${question.status}`);
      question.status = input.decision === 'approve' ? 'approved' : 'rejected';
      question.rejectionReason = input.decision === 'reject' ? input.reason?.trim() || null : null;
      question.moderatedAt = new Date();
      question.moderatedBy = staff.userId;
    });
  }

  edit(forumId: string, staff: StaffActor, input: { questionId: string; text: string }): Promise<ModerationQuestion> {
    const text = input.text.trim();
    if (!text) throw new DomainError('VALIDATION_FAILED', 'The question is empty', ['text: must not be empty']);
    return this.change(forumId, staff, input.questionId, 'question.edit', ({ question }) => {
      if (question.status === 'withdrawn') throw new DomainError('INVALID_STATE', 'The asker withdrew this question');
      question.text = text;
    });
  }

  setStatus(forumId: string, staff: StaffActor, input: { questionId: string; status: StaffQuestionStatus }): Promise<ModerationQuestion> {
    return this.change(forumId, staff, input.questionId, `question.${input.status}`, ({ question }) => {
      if (!['approved', 'answered', 'archived'].includes(question.status)) {
        throw new DomainError('INVALID_STATE', `A ${question.status} question cannot be marked ${input.status}`);
      }
      question.status = input.status;
      if (input.status === 'archived') question.pinned = false;
    });
  }

  reply(forumId: string, staff: StaffActor, input: { questionId: string; text: string }): Promise<ModerationQuestion> {
    const text = input.text.trim();
    return this.change(forumId, staff, input.questionId, text ? 'question.reply' : 'question.reply-remove', ({ question }) => {
      if (question.status === 'withdrawn' || question.status === 'rejected') {
        throw new DomainError('INVALID_STATE', `A ${question.status} question cannot get a reply`);
      }
      question.replyText = text || null;
      question.replyAuthorName = text ? staff.name : null;
      question.repliedAt = text ? new Date() : null;
    });
  }

  /** "Now discussing": at most one pinned question per forum (a unique index holds the rule). */
  async pin(forumId: string, staff: StaffActor, questionId: string | null): Promise<{ questionId: string | null }> {
    await this.access.require(forumId, staff.userId, 'moderateQuestions');
    const changes = await this.db.transaction(async (manager) => {
      // Serialises concurrent pins in one forum.
      await manager.findOne(Forum, { where: { id: forumId }, lock: { mode: 'pessimistic_write' } });
      const stamped: ForumChange[] = [];
      const current = await manager.findOne(Question, { select: { id: true }, where: { forumId, pinned: true } });
      if (current && current.id !== questionId) {
        const locked = await lockQuestion(manager, forumId, current.id);
        locked.question.pinned = false;
        await manager.save(locked.question);
        stamped.push(...(await stampQuestionChanges(manager, locked)));
      }
      if (questionId && current?.id !== questionId) {
        const locked = await lockQuestion(manager, forumId, questionId);
        if (!isPublicStatus(locked.question.status)) throw new DomainError('INVALID_STATE', 'Only questions shown to the room can be pinned');
        locked.question.pinned = true;
        await manager.save(locked.question);
        stamped.push(...(await stampQuestionChanges(manager, locked)));
      }
      await this.audit.record(manager, { forumId, actorUserId: staff.userId, action: 'question.pin', subjectId: questionId });
      return stamped;
    });
    this.broadcaster.send(forumId, changes);
    return { questionId };
  }

  async setPreModeration(forumId: string, staff: StaffActor, preModeration: boolean): Promise<ForumSettings> {
    await this.access.require(forumId, staff.userId, 'moderateQuestions');
    const { settings, change } = await this.db.transaction(async (manager) => {
      await manager.update(Forum, { id: forumId }, { preModeration });
      const forum = await manager.findOneByOrFail(Forum, { id: forumId });
      await this.audit.record(manager, { forumId, actorUserId: staff.userId, action: 'forum.pre-moderation', details: { preModeration } });
      const settings: ForumSettings = { preModeration: forum.preModeration, fullyAnonymous: forum.fullyAnonymous };
      return { settings, change: await stampPublic(manager, forumId, { type: 'settings.changed', settings }) };
    });
    this.broadcaster.send(forumId, [change]);
    return settings;
  }

  private async change(
    forumId: string,
    staff: StaffActor,
    questionId: string,
    action: string,
    apply: (locked: LockedQuestion, manager: EntityManager) => void,
  ): Promise<ModerationQuestion> {
    await this.access.require(forumId, staff.userId, 'moderateQuestions');
    const { locked, changes } = await this.db.transaction(async (manager) => {
      const locked = await lockQuestion(manager, forumId, questionId);
      apply(locked, manager);
      await manager.save(locked.question);
      await this.audit.record(manager, { forumId, actorUserId: staff.userId, action, subjectId: questionId });
      return { locked, changes: await stampQuestionChanges(manager, locked) };
    });
    this.broadcaster.send(forumId, changes);
    this.broadcaster.sendToParticipant(locked.question.participantId, toMyQuestion(locked.question));
    return toModerationQuestion(locked.question, locked.author, locked.forum.fullyAnonymous);
  }
}
