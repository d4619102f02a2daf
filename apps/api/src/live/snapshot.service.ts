import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rankQuestions, type ForumSnapshot, type StaffState, type Viewer } from '@mufakat/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { AgendaItem } from '../forums/agenda-item.entity';
import { Forum } from '../forums/forum.entity';
import { Participant } from '../participants/participant.entity';
import { countAttendance, toJoinInfo, toParticipantView } from '../participants/participants.service';
import { QuestionVote } from '../questions/question-vote.entity';
import { Question } from '../questions/question.entity';
import { toModerationQuestion, toMyQuestion, toPublicQuestion } from '../questions/question-views';
import type { LiveSession } from './live-session';

/** Builds a viewer's full forum state in one repeatable-read transaction, so it matches its sequence numbers. */
@Injectable()
export class SnapshotService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  build(session: LiveSession): Promise<ForumSnapshot> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const forum = await manager.findOneBy(Forum, { id: session.forumId });
      if (!forum) throw new DomainError('NOT_FOUND', 'Forum not found');
      const agenda = await manager.find(AgendaItem, { where: { forumId: forum.id }, order: { position: 'ASC' } });
      const approved = await manager.find(Question, {
        where: { forumId: forum.id, status: 'approved' },
        relations: { participant: true },
      });
      const snapshot: ForumSnapshot = {
        seq: forum.seq,
        forum: toJoinInfo(forum, this.config.publicUrl),
        agenda: agenda.map((item) => ({ id: item.id, position: item.position, title: item.title, plannedMinutes: item.plannedMinutes })),
        currentAgendaItemId: forum.currentAgendaItemId,
        attendance: await countAttendance(manager, forum.id),
        questions: rankQuestions(approved.map((q) => toPublicQuestion(q, q.participant as Participant))),
        viewer: await this.viewer(manager, session),
      };
      if (session.kind === 'staff') snapshot.staff = await this.staffState(manager, forum);
      return snapshot;
    });
  }

  private async viewer(manager: EntityManager, session: LiveSession): Promise<Viewer> {
    switch (session.kind) {
      case 'projector':
        return { role: 'projector' };
      case 'staff':
        return { role: session.role, userId: session.userId, name: session.name };
      case 'attendee': {
        const votes = await manager.find(QuestionVote, {
          select: { questionId: true },
          where: { participantId: session.participantId },
        });
        const mine = await manager.find(Question, { where: { participantId: session.participantId }, order: { createdAt: 'ASC' } });
        return {
          role: 'attendee',
          participantId: session.participantId,
          name: session.name,
          votedQuestionIds: votes.map((vote) => vote.questionId),
          myQuestions: mine.map(toMyQuestion),
        };
      }
    }
  }

  private async staffState(manager: EntityManager, forum: Forum): Promise<StaffState> {
    const pending = await manager.find(Question, {
      where: { forumId: forum.id, status: 'pending' },
      relations: { participant: true },
      order: { createdAt: 'ASC' },
    });
    const participants = await manager.find(Participant, { where: { forumId: forum.id }, order: { joinedAt: 'ASC' } });
    return {
      seq: forum.staffSeq,
      pendingQuestions: pending.map((q) => toModerationQuestion(q, q.participant as Participant)),
      participants: participants.map(toParticipantView),
    };
  }
}
