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
import { SpeakersService } from '../speakers/speakers.service';
import { SurveyService } from '../survey/survey.service';
import { readForumState, type AttendeeOwnState, type ForumStateRead } from './forum-state.query';
import type { LiveSession } from './live-session';
import { Forum, Participant, Question } from '@mufakat/persistence';

type SharedPart = Omit<ForumSnapshot, 'seq' | 'serverTime' | 'viewer' | 'staff'>;

/** Builds a viewer's full forum state as one consistent moment, so it matches its sequence number. */
@Injectable()
export class SnapshotService {
  /** forumId → the shared part at one state of the forum (in flight while it is being read: one read per state). */
  private readonly shared = new Map<string, { key: string; part: Promise<SharedPart | null> }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(AgendaService) private readonly agenda: AgendaService,
    @Inject(PollsService) private readonly polls: PollsService,
    @Inject(SpeakersService) private readonly speakers: SpeakersService,
    @Inject(ConsensusService) private readonly consensus: ConsensusService,
    @Inject(SurveyService) private readonly survey: SurveyService,
    @Inject(DocumentsService) private readonly documents: DocumentsService,
    @Inject(SigningService) private readonly signing: SigningService,
  ) {}

  /**
   * An attendee's snapshot is one statement for their own part and the forum's state, plus the shared part of that
   * state, read once however many attendees ask for it at once (a join storm). Staff and the projector read
   * everything in one repeatable-read transaction.
   */
  async build(session: LiveSession): Promise<ForumSnapshot> {
    if (session.kind === 'attendee') {
      // The shared part may turn out to be of a newer state than the attendee's read: then read again.
      for (let attempt = 0; attempt < 3; attempt++) {
        const read = await readForumState(this.db.manager, session.forumId, session.participantId);
        if (!read) throw new DomainError('NOT_FOUND', 'Forum not found');
        const shared = await this.sharedAt(session.forumId, read.sharedKey);
        if (shared) return this.assemble(read, shared, await this.viewer(this.db.manager, session, read));
      }
    }
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const read = await readForumState(manager, session.forumId, session.kind === 'attendee' ? session.participantId : null);
      if (!read) throw new DomainError('NOT_FOUND', 'Forum not found');
      const snapshot = this.assemble(read, await this.sharedPart(manager, session.forumId, read.sharedKey), await this.viewer(manager, session, read));
      if (session.kind === 'staff') {
        const forum = await manager.findOneByOrFail(Forum, { id: session.forumId });
        const polls = await this.polls.snapshotPart(manager, session);
        snapshot.staff = await this.staffState(manager, forum, {
          ...(polls.staff ?? { polls: [], pollResults: {} }),
          consensus: await this.consensus.allItems(manager, forum.id),
        });
      }
      return snapshot;
    });
  }

  private assemble(read: ForumStateRead, shared: SharedPart, viewer: Viewer): ForumSnapshot {
    return { seq: read.seq, serverTime: new Date().toISOString(), ...shared, viewer };
  }

  /**
   * What every viewer of the forum sees at this state. Every change to it is a public change (which moves the
   * forum's seq) or an edit of the forum row (which moves updated_at), so it is built once per state and reused:
   * a join storm of thousands of snapshots at the same state reads it from the database once.
   */
  private async sharedPart(manager: EntityManager, forumId: string, key: string): Promise<SharedPart> {
    const cached = await this.cached(forumId, key);
    if (cached) return cached;
    const part = await this.readShared(manager, forumId);
    this.shared.set(forumId, { key, part: Promise.resolve(part) });
    return part;
  }

  /** The shared part at this state: cached, being read, or read now in a transaction of its own; null if the forum moved on. */
  private async sharedAt(forumId: string, key: string): Promise<SharedPart | null> {
    const cached = await this.cached(forumId, key);
    if (cached) return cached;
    const part = this.db
      .transaction('REPEATABLE READ', async (manager) => {
        const read = await readForumState(manager, forumId, null);
        return read?.sharedKey === key ? this.readShared(manager, forumId) : null;
      })
      .catch((error: unknown) => {
        this.shared.delete(forumId);
        throw error;
      });
    this.shared.set(forumId, { key, part });
    return part;
  }

  private async cached(forumId: string, key: string): Promise<SharedPart | null> {
    const entry = this.shared.get(forumId);
    return entry?.key === key ? entry.part : null;
  }

  private async readShared(manager: EntityManager, forumId: string): Promise<SharedPart> {
    const forum = await manager.findOneByOrFail(Forum, { id: forumId });
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
    return part;
  }

  private async viewer(manager: EntityManager, session: LiveSession, read: ForumStateRead): Promise<Viewer> {
    switch (session.kind) {
      case 'projector':
        return { role: 'projector' };
      case 'staff':
        return { role: session.role, userId: session.userId, name: session.name };
      case 'attendee': {
        const { isRepresentative, ...own } = read.attendee as AttendeeOwnState;
        return {
          role: 'attendee',
          participantId: session.participantId,
          name: session.name,
          ...own,
          signing: isRepresentative ? await this.signing.task(manager, session.forumId, session.participantId) : null,
        };
      }
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
