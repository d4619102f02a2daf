import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rankQuestions, type ForumSnapshot, type StaffState, type Viewer } from '@mufakat/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AgendaService } from '../agenda/agenda.service';
import { ConsensusService } from '../consensus/consensus.service';
import { DocumentsService } from '../documents/documents.service';
import { SigningService } from '../documents/signing.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { countAttendance, toJoinInfo, toParticipantView } from '../participants/participants.service';
import { PollsService } from '../polls/polls.service';
import { toModerationQuestion, toPublicQuestion } from '../questions/question-views';
import { QuestionsService } from '../questions/questions.service';
import { SpeakersService } from '../speakers/speakers.service';
import { SurveyService } from '../survey/survey.service';
import type { LiveSession } from './live-session';
import { Forum, Participant, Question } from '@mufakat/persistence';

type SharedPart = Omit<ForumSnapshot, 'seq' | 'serverTime' | 'viewer' | 'staff'>;

/** Builds a viewer's full forum state in one repeatable-read transaction, so it matches its sequence numbers. */
@Injectable()
export class SnapshotService {
  /** forumId → the shared part at one state of the forum row. */
  private readonly shared = new Map<string, { key: string; part: SharedPart }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(AgendaService) private readonly agenda: AgendaService,
    @Inject(QuestionsService) private readonly questions: QuestionsService,
    @Inject(PollsService) private readonly polls: PollsService,
    @Inject(SpeakersService) private readonly speakers: SpeakersService,
    @Inject(ConsensusService) private readonly consensus: ConsensusService,
    @Inject(SurveyService) private readonly survey: SurveyService,
    @Inject(DocumentsService) private readonly documents: DocumentsService,
    @Inject(SigningService) private readonly signing: SigningService,
  ) {}

  build(session: LiveSession): Promise<ForumSnapshot> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const forum = await manager.findOneBy(Forum, { id: session.forumId });
      if (!forum) throw new DomainError('NOT_FOUND', 'Forum not found');
      const snapshot: ForumSnapshot = {
        seq: forum.seq,
        serverTime: new Date().toISOString(),
        ...(await this.sharedPart(manager, forum)),
        viewer: await this.viewer(manager, session),
      };
      if (session.kind === 'staff') {
        const polls = await this.polls.snapshotPart(manager, session);
        snapshot.staff = await this.staffState(manager, forum, {
          ...(polls.staff ?? { polls: [], pollResults: {} }),
          consensus: await this.consensus.allItems(manager, forum.id),
        });
      }
      return snapshot;
    });
  }

  /**
   * What every viewer of the forum sees at this state. Every change to it bumps the forum row (a numbered
   * change updates seq and updated_at), so it is built once per state and reused: a join storm of thousands
   * of snapshots at the same state reads it from the database once.
   */
  private async sharedPart(manager: EntityManager, forum: Forum): Promise<SharedPart> {
    const key = `${forum.seq}:${forum.staffSeq}:${forum.updatedAt.getTime()}`;
    const cached = this.shared.get(forum.id);
    if (cached?.key === key) return cached.part;
    const shown = await manager.find(Question, {
      where: { forumId: forum.id, status: In(['approved', 'answered']) },
      relations: { participant: true },
    });
    const polls = await this.polls.snapshotPart(manager, { kind: 'projector', forumId: forum.id });
    const consensus = await this.consensus.roomPart(manager, forum.id);
    const part: SharedPart = {
      forum: toJoinInfo(forum, this.config.publicUrl),
      settings: { preModeration: forum.preModeration, fullyAnonymous: forum.fullyAnonymous },
      ...(await this.agenda.state(manager, forum.id)),
      attendance: await countAttendance(manager, forum.id),
      questions: rankQuestions(shown.map((q) => toPublicQuestion(q, q.participant as Participant, forum.fullyAnonymous))),
      polls: polls.polls,
      pollResults: polls.pollResults,
      speakers: await this.speakers.queue(manager, forum.id),
      consensus: consensus.consensus,
      consensusTallies: consensus.consensusTallies,
      survey: await this.survey.state(manager, forum.id, forum.surveyOpen),
      projector: forum.projectorView,
    };
    this.shared.set(forum.id, { key, part });
    return part;
  }

  private async viewer(manager: EntityManager, session: LiveSession): Promise<Viewer> {
    switch (session.kind) {
      case 'projector':
        return { role: 'projector' };
      case 'staff':
        return { role: session.role, userId: session.userId, name: session.name };
      case 'attendee':
        return {
          role: 'attendee',
          participantId: session.participantId,
          name: session.name,
          ...(await this.questions.mine(manager, session.participantId)),
          myPollAnswers: await this.polls.answersOf(manager, session.participantId),
          myConsensusSignals: await this.consensus.signalsOf(manager, session.participantId),
          mySurvey: await this.survey.mine(manager, session.participantId),
          signing: await this.signing.task(manager, session.forumId, session.participantId),
        };
    }
  }

  private async staffState(manager: EntityManager, forum: Forum, parts: Pick<StaffState, 'polls' | 'pollResults' | 'consensus'>): Promise<StaffState> {
    const questions = await manager.find(Question, {
      where: { forumId: forum.id },
      relations: { participant: true },
      order: { createdAt: 'ASC' },
    });
    const participants = await manager.find(Participant, { where: { forumId: forum.id }, order: { joinedAt: 'ASC' } });
    return {
      seq: forum.staffSeq,
      questions: questions.map((q) => toModerationQuestion(q, q.participant as Participant, forum.fullyAnonymous)),
      participants: participants.map(toParticipantView),
      ...parts,
      ikm: await this.survey.ikm(manager, forum.id),
      documents: await this.documents.versions(manager, forum.id),
      representatives: await this.signing.list(manager, forum.id),
    };
  }
}
