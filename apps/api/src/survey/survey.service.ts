import { Inject, Injectable } from '@nestjs/common';
import { computeIkm, type IkmResult, type SurveyState } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { knownError } from '../common/known-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumsRepository } from '../forums/forums.repository';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { SnapshotParts } from '../realtime/snapshot-parts.registry';
import { TallyRegistry } from '../realtime/tally-registry.service';
import { SurveyRepository } from './survey.repository';

/** The tally's one id per forum: any new answer means the whole survey is counted again. */
const ALL = 'survey';

/** The satisfaction survey (SKM): opened and closed by staff, answered once per attendee, scored as an IKM. */
@Injectable()
export class SurveyService {
  constructor(
    @Inject(SurveyRepository) private readonly surveys: SurveyRepository,
    @Inject(ForumsRepository) private readonly forums: ForumsRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(TallyRegistry) private readonly tallies: TallyRegistry,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SnapshotParts) parts: SnapshotParts,
  ) {
    // Forums with new answers: the respondent count and IKM go out at most once per interval.
    tallies.register('survey', (forumId) => this.flush(forumId));
    parts.addRoom(['survey'], async (manager, forum) => ({ survey: await this.state(manager, forum.id, forum.surveyOpen) }));
    parts.addStaff(['ikm'], async (manager, forum) => ({ ikm: await this.ikm(manager, forum.id) }));
  }

  async setOpen(forumId: string, userId: string, open: boolean): Promise<SurveyState> {
    await this.access.require(forumId, userId, 'runSurvey');
    const { state, changes } = await this.surveys.transaction(async (manager) => {
      const forum = await this.surveys.forumForUpdate(manager, forumId);
      if (!forum) throw knownError('forumNotFound');
      if (forum.surveyOpen === open) return { state: await this.state(manager, forumId, open), changes: [] };
      await this.forums.update(manager, forumId, { surveyOpen: open });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: open ? 'survey.open' : 'survey.close', subjectId: forumId });
      const state = await this.state(manager, forumId, open);
      return { state, changes: [await stampPublic(manager, forumId, { type: 'survey.changed', survey: state })] };
    });
    this.broadcaster.send(forumId, changes);
    return state;
  }

  /** One response per attendee (the primary key), changeable while the survey is open. */
  async submit(forumId: string, participantId: string, scores: number[]): Promise<{ scores: number[] }> {
    if (!(await this.surveys.writeResponse(forumId, participantId, scores))) throw knownError('surveyNotOpen');
    this.tallies.changed('survey', forumId, ALL);
    return { scores };
  }

  async state(manager: EntityManager, forumId: string, open?: boolean): Promise<SurveyState> {
    const respondents = await this.surveys.countResponses(manager, forumId);
    const isOpen = open ?? (await this.surveys.isOpen(manager, forumId));
    return { open: isOpen, respondents };
  }

  /** With check-in on, the IKM of verified attendees' answers comes along. */
  async ikm(manager: EntityManager, forumId: string): Promise<IkmResult | null> {
    const rows = await this.surveys.scores(manager, forumId);
    const all = computeIkm(rows.map((row) => row.scores));
    if (!all || !(await this.surveys.checkInEnabled(manager, forumId))) return all;
    return { ...all, verified: computeIkm(rows.filter((row) => row.verified).map((row) => row.scores)) };
  }

  private async flush(forumId: string): Promise<void> {
    const changes = await this.surveys.transaction(async (manager) => {
      await lockForum(manager, forumId);
      return [
        await stampPublic(manager, forumId, { type: 'survey.changed', survey: await this.state(manager, forumId) }),
        await stampStaff(manager, forumId, { type: 'ikm.updated', ikm: await this.ikm(manager, forumId) }),
      ];
    });
    this.broadcaster.send(forumId, changes);
  }
}
