import { Inject, Injectable } from '@nestjs/common';
import {
  isRoomQuestionStatus,
  STAFF_QUESTION_STATUSES,
  type ForumChange,
  type ForumSettings,
  type ModerationDecision,
  type ModerationQuestion,
  type QuestionStatus,
  type StaffQuestionStatus,
} from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { knownError } from '../common/known-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampPublic } from '../realtime/forum-sequencer';
import { stampQuestionChanges } from './question-changes';
import { toModerationQuestion, toMyQuestion } from './question-views';
import { QuestionsRepository, type LockedQuestion } from './questions.repository';
import { ForumsRepository } from '../forums/forums.repository';

export interface StaffActor {
  userId: string;
  name: string;
}

/** What moderators do with questions; every action is checked against the forum role and audited. */
@Injectable()
export class QuestionModerationService {
  constructor(
    @Inject(QuestionsRepository) private readonly questions: QuestionsRepository,
    @Inject(ForumsRepository) private readonly forums: ForumsRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  moderate(forumId: string, staff: StaffActor, input: { questionId: string; decision: ModerationDecision; reason?: string }): Promise<ModerationQuestion> {
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
    if (!text) throw knownError('questionEmpty', { details: ['text: must not be empty'] });
    return this.change(forumId, staff, input.questionId, 'question.edit', ({ question }) => {
      if (question.status === 'withdrawn') throw new DomainError('INVALID_STATE', 'The asker withdrew this question');
      question.text = text;
    });
  }

  setStatus(forumId: string, staff: StaffActor, input: { questionId: string; status: StaffQuestionStatus }): Promise<ModerationQuestion> {
    return this.change(forumId, staff, input.questionId, `question.${input.status}`, ({ question }) => {
      if (!(STAFF_QUESTION_STATUSES as readonly QuestionStatus[]).includes(question.status)) {
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
    const changes = await this.questions.transaction(async (manager) => {
      // Serialises concurrent pins in one forum.
      await lockForum(manager, forumId);
      const stamped: ForumChange[] = [];
      const current = await this.questions.pinnedId(manager, forumId);
      if (current && current !== questionId) {
        const locked = await this.questions.lock(manager, forumId, current);
        locked.question.pinned = false;
        await this.questions.save(manager, locked.question);
        stamped.push(...(await stampQuestionChanges(manager, locked)));
      }
      if (questionId && current !== questionId) {
        const locked = await this.questions.lock(manager, forumId, questionId);
        if (!isRoomQuestionStatus(locked.question.status)) throw new DomainError('INVALID_STATE', 'Only questions shown to the room can be pinned');
        locked.question.pinned = true;
        await this.questions.save(manager, locked.question);
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
    const { settings, change } = await this.questions.transaction(async (manager) => {
      const forum = await this.forums.update(manager, forumId, { preModeration });
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
    const { locked, changes } = await this.questions.transaction(async (manager) => {
      const locked = await this.questions.lock(manager, forumId, questionId);
      apply(locked, manager);
      await this.questions.save(manager, locked.question);
      await this.audit.record(manager, { forumId, actorUserId: staff.userId, action, subjectId: questionId });
      return { locked, changes: await stampQuestionChanges(manager, locked) };
    });
    this.broadcaster.send(forumId, changes);
    this.broadcaster.sendToParticipant(locked.question.participantId, toMyQuestion(locked.question));
    return toModerationQuestion(locked.question, locked.author, locked.forum.fullyAnonymous);
  }
}
