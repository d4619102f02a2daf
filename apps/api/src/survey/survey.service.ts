import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { computeIkm, type IkmResult, type SurveyState } from '@mufakat/contracts';
import { Forum, SurveyResponse } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumAccessService } from '../forums/forum-access.service';
import { Coalescer } from '../realtime/coalescer';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampPublic, stampStaff } from '../realtime/forum-sequencer';

/** The coalescer's one key per forum: any new answer means the whole survey is counted again. */
const ALL = 'survey';

/** The satisfaction survey (SKM): opened and closed by staff, answered once per attendee, scored as an IKM. */
@Injectable()
export class SurveyService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SurveyService.name);
  /** Forums with new answers: the respondent count and IKM go out at most once per interval. */
  private readonly answered: Coalescer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    this.answered = new Coalescer(
      config.tallyFlushMs,
      (forumId) => this.flush(forumId),
      (error) => this.logger.error(`Survey flush failed: ${String(error)}`),
    );
  }

  async setOpen(forumId: string, userId: string, open: boolean): Promise<SurveyState> {
    await this.access.require(forumId, userId, 'runSurvey');
    const { state, changes } = await this.db.transaction(async (manager) => {
      const forum = await manager.findOne(Forum, { where: { id: forumId }, lock: { mode: 'pessimistic_write' } });
      if (!forum) throw new DomainError('NOT_FOUND', 'Forum not found');
      if (forum.surveyOpen === open) return { state: await this.state(manager, forumId, open), changes: [] };
      await manager.update(Forum, { id: forumId }, { surveyOpen: open });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: open ? 'survey.open' : 'survey.close', subjectId: forumId });
      const state = await this.state(manager, forumId, open);
      return { state, changes: [await stampPublic(manager, forumId, { type: 'survey.changed', survey: state })] };
    });
    this.broadcaster.send(forumId, changes);
    return state;
  }

  /** One response per attendee (the primary key), changeable while the survey is open. */
  async submit(forumId: string, participantId: string, scores: number[]): Promise<{ scores: number[] }> {
    const written = (await this.db.query(
      `INSERT INTO survey_responses (participant_id, forum_id, scores)
       SELECT $1::uuid, f.id, $3::smallint[] FROM forums f WHERE f.id = $2 AND f.survey_open FOR SHARE
       ON CONFLICT (participant_id) DO UPDATE SET scores = EXCLUDED.scores, updated_at = now()
       RETURNING 1`,
      [participantId, forumId, scores],
    )) as unknown[];
    if (written.length === 0) throw new DomainError('INVALID_STATE', 'The survey is not open');
    this.answered.add(forumId, ALL);
    return { scores };
  }

  async state(manager: EntityManager, forumId: string, open?: boolean): Promise<SurveyState> {
    const respondents = await manager.countBy(SurveyResponse, { forumId });
    const isOpen = open ?? (await manager.findOneByOrFail(Forum, { id: forumId })).surveyOpen;
    return { open: isOpen, respondents };
  }

  async ikm(manager: EntityManager, forumId: string): Promise<IkmResult | null> {
    const rows = await manager.find(SurveyResponse, { select: { scores: true }, where: { forumId } });
    return computeIkm(rows.map((row) => row.scores));
  }


  async beforeApplicationShutdown(): Promise<void> {
    await this.answered.drain();
  }

  private async flush(forumId: string): Promise<void> {
    const changes = await this.db.transaction(async (manager) => {
      await lockForum(manager, forumId);
      return [
        await stampPublic(manager, forumId, { type: 'survey.changed', survey: await this.state(manager, forumId) }),
        await stampStaff(manager, forumId, { type: 'ikm.updated', ikm: await this.ikm(manager, forumId) }),
      ];
    });
    this.broadcaster.send(forumId, changes);
  }
}
