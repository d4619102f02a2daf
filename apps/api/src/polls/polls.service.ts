import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AnswerPollRequest,
  AnswerPollResult,
  CreatePollRequest,
  ForumChange,
  PollResults,
  PollView,
  SetPollResultsVisibleRequest,
  SetPollStatusRequest,
  UpdatePollRequest,
} from '@mufakat/contracts';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { agendaItemOfForum } from '../agenda/agenda-item-ref';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumAccessService } from '../forums/forum-access.service';
import type { LiveSession } from '../live/live-session';
import { Coalescer } from '../realtime/coalescer';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { checkPollAnswer } from './poll-answer-rules';
import { definePoll } from './poll-definition';
import { computePollResults, OPEN_ANSWERS_SHOWN, type AnswerRecord } from '@mufakat/contracts';
import { toPollView } from './poll-views';
import { Poll } from '@mufakat/persistence';

export interface PollsSnapshotPart {
  polls: PollView[];
  pollResults: Record<string, PollResults>;
  staff?: { polls: PollView[]; pollResults: Record<string, PollResults> };
}

/** What a staff action did to a locked poll: the changes to stamp, or null when it changed nothing. */
type PollAction = (manager: EntityManager, poll: Poll) => Promise<ForumChange[] | null>;

@Injectable()
export class PollsService implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(PollsService.name);
  /** Polls with new answers, per forum: their results go out at most once per interval, never per answer. */
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
      (forumId, pollIds) => this.flushResults(forumId, pollIds),
      (error) => this.logger.error(`Poll results flush failed: ${String(error)}`),
    );
  }

  async create(forumId: string, userId: string, input: CreatePollRequest): Promise<PollView> {
    await this.access.require(forumId, userId, 'runPolls');
    const definition = definePoll(input);
    const { poll, change } = await this.db.transaction(async (manager) => {
      const agendaItemId = await agendaItemOfForum(manager, forumId, input.agendaItemId);
      const poll = await manager.save(
        manager.create(Poll, { ...definition, forumId, agendaItemId, status: 'draft', openedAt: null, closedAt: null, createdBy: userId }),
      );
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'poll.create', subjectId: poll.id });
      return { poll, change: await stampStaff(manager, forumId, { type: 'poll.updated', poll: toPollView(poll) }) };
    });
    this.broadcaster.send(forumId, [change]);
    return toPollView(poll);
  }

  /** Replaces a draft's definition; fields left out return to their defaults. */
  async update(forumId: string, userId: string, input: UpdatePollRequest): Promise<PollView> {
    const poll = await this.act(forumId, userId, input.pollId, 'poll.update', async (manager, poll) => {
      if (poll.status !== 'draft') throw new DomainError('INVALID_STATE', 'Only a draft poll can be edited');
      Object.assign(poll, definePoll(input, poll.options), { agendaItemId: await agendaItemOfForum(manager, forumId, input.agendaItemId) });
      await manager.save(poll);
      return [await stampStaff(manager, forumId, { type: 'poll.updated', poll: toPollView(poll) })];
    });
    return toPollView(poll);
  }

  /** Only drafts: a poll the room has seen stays on the record. */
  async remove(forumId: string, userId: string, pollId: string): Promise<{ pollId: string }> {
    await this.act(forumId, userId, pollId, 'poll.delete', async (manager, poll) => {
      if (poll.status !== 'draft') throw new DomainError('INVALID_STATE', 'Only a draft poll can be deleted');
      await manager.delete(Poll, { id: poll.id });
      return [await stampStaff(manager, forumId, { type: 'poll.deleted', pollId: poll.id })];
    });
    return { pollId };
  }

  /** draft → open → closed, once each way: a closed poll is not reopened, so its results stay final. */
  async setStatus(forumId: string, userId: string, input: SetPollStatusRequest): Promise<PollView> {
    const action = input.status === 'open' ? 'poll.open' : 'poll.close';
    const poll = await this.act(forumId, userId, input.pollId, action, async (manager, poll) => {
      if (input.status === 'open') {
        if (poll.status !== 'draft') {
          throw new DomainError('INVALID_STATE', poll.status === 'open' ? 'The poll is already open' : 'A closed poll cannot be reopened');
        }
        poll.openedAt = new Date();
      } else {
        if (poll.status !== 'open') {
          throw new DomainError('INVALID_STATE', poll.status === 'draft' ? 'The poll has not been opened' : 'The poll is already closed');
        }
        poll.closedAt = new Date();
      }
      poll.status = input.status;
      await manager.save(poll);
      const view = toPollView(poll);
      const changes = [
        await stampPublic(manager, forumId, { type: 'poll.upserted', poll: view }),
        await stampStaff(manager, forumId, { type: 'poll.updated', poll: view }),
      ];
      // A fresh snapshot holds (empty) results for an opened poll, so the streams carry them too.
      if (input.status === 'open') changes.push(...(await this.stampResults(manager, poll, computePollResults(view, []))));
      return changes;
    });
    return toPollView(poll);
  }

  async setResultsVisible(forumId: string, userId: string, input: SetPollResultsVisibleRequest): Promise<PollView> {
    const action = input.visible ? 'poll.show-results' : 'poll.hide-results';
    const poll = await this.act(forumId, userId, input.pollId, action, async (manager, poll) => {
      if (poll.resultsVisible === input.visible) return null;
      poll.resultsVisible = input.visible;
      await manager.save(poll);
      const view = toPollView(poll);
      if (poll.status === 'draft') return [await stampStaff(manager, forumId, { type: 'poll.updated', poll: view })];
      const changes = [
        await stampPublic(manager, forumId, { type: 'poll.upserted', poll: view }),
        await stampStaff(manager, forumId, { type: 'poll.updated', poll: view }),
      ];
      if (input.visible) {
        const results = await this.resultsOf(manager, poll);
        changes.push(await stampPublic(manager, forumId, { type: 'poll.results', pollId: poll.id, results }));
      }
      return changes;
    });
    return toPollView(poll);
  }

  /**
   * One answer per attendee per poll, decided by the primary key in one statement. The poll row is
   * share-locked by that statement, so closing waits for answers in flight and no answer lands after it.
   */
  async answer(forumId: string, participantId: string, input: AnswerPollRequest): Promise<AnswerPollResult> {
    const poll = await this.db.getRepository(Poll).findOneBy({ id: input.pollId, forumId });
    if (!poll) throw new DomainError('NOT_FOUND', 'Poll not found');
    if (poll.status === 'draft') throw new DomainError('INVALID_STATE', 'The poll is not open');
    const answer = checkPollAnswer(poll, input.answer);
    const json = JSON.stringify(answer);
    // allowChange cannot change once a poll is open, so the value read above is the poll's.
    const written = (await this.db.query(
      `INSERT INTO poll_answers (poll_id, participant_id, answer)
       SELECT p.id, $2::uuid, $3::jsonb FROM polls p WHERE p.id = $1 AND p.status = 'open' FOR SHARE
       ON CONFLICT (poll_id, participant_id) DO UPDATE SET answer = EXCLUDED.answer, updated_at = now()
       WHERE $4::boolean AND poll_answers.answer IS DISTINCT FROM EXCLUDED.answer
       RETURNING 1`,
      [poll.id, participantId, json, poll.allowChange],
    )) as unknown[];
    if (written.length === 0) {
      const [row] = (await this.db.query(
        `SELECT p.status, a.answer = $3::jsonb AS same, a.answer IS NOT NULL AS answered
         FROM polls p LEFT JOIN poll_answers a ON a.poll_id = p.id AND a.participant_id = $2::uuid
         WHERE p.id = $1`,
        [poll.id, participantId, json],
      )) as Array<{ status: string; same: boolean | null; answered: boolean }>;
      // The same answer again is a retried request: acknowledge it, there is nothing new to broadcast.
      if (row?.same) return { pollId: poll.id, answer };
      if (row?.status !== 'open') throw new DomainError('INVALID_STATE', 'The poll is closed');
      throw new DomainError('CONFLICT', 'You have already answered this poll', ['answer: this poll does not allow changing an answer']);
    }
    this.answered.add(forumId, poll.id);
    return { pollId: poll.id, answer };
  }

  /** The polls part of a snapshot, read with the snapshot's (repeatable-read) manager. */
  async snapshotPart(manager: EntityManager, session: LiveSession): Promise<PollsSnapshotPart> {
    const polls = await manager.find(Poll, { where: { forumId: session.forumId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const opened = polls.filter((poll) => poll.status !== 'draft');
    const isStaff = session.kind === 'staff';
    const results: Record<string, PollResults> = {};
    for (const poll of opened) {
      if (isStaff || poll.resultsVisible) results[poll.id] = await this.resultsOf(manager, poll);
    }
    const part: PollsSnapshotPart = {
      polls: opened.map(toPollView),
      pollResults: Object.fromEntries(opened.filter((poll) => poll.resultsVisible).map((poll) => [poll.id, results[poll.id]])),
    };
    if (isStaff) part.staff = { polls: polls.map(toPollView), pollResults: results };
    return part;
  }


  /** Sockets are still open here, so the last results reach the room before the server stops. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.answered.drain();
  }

  /** Answers that arrived while shutting down still get their results numbered (the database is still up). */
  async onApplicationShutdown(): Promise<void> {
    await this.answered.drain();
  }

  /** Authorises, locks the poll, applies the action, audits it and broadcasts after commit. */
  private async act(forumId: string, userId: string, pollId: string, action: string, apply: PollAction): Promise<Poll> {
    await this.access.require(forumId, userId, 'runPolls');
    const { poll, changes } = await this.db.transaction(async (manager) => {
      const poll = await manager.findOne(Poll, { where: { id: pollId, forumId }, lock: { mode: 'pessimistic_write' } });
      if (!poll) throw new DomainError('NOT_FOUND', 'Poll not found');
      const changes = await apply(manager, poll);
      if (changes) await this.audit.record(manager, { forumId, actorUserId: userId, action, subjectId: pollId });
      return { poll, changes: changes ?? [] };
    });
    this.broadcaster.send(forumId, changes);
    return poll;
  }

  private async flushResults(forumId: string, pollIds: string[]): Promise<void> {
    const changes = await this.db.transaction(async (manager) => {
      // Lock the forum's numbering before reading answers, so a later sequence number never carries older results.
      await lockForum(manager, forumId);
      const polls = await manager.find(Poll, { where: { forumId, id: In(pollIds), status: Not('draft' as const) } });
      const changes: ForumChange[] = [];
      for (const poll of polls) changes.push(...(await this.stampResults(manager, poll, await this.resultsOf(manager, poll))));
      return changes;
    });
    this.broadcaster.send(forumId, changes);
  }

  /** Staff always see results; the room only when they are visible. */
  private async stampResults(manager: EntityManager, poll: Poll, results: PollResults): Promise<ForumChange[]> {
    const changes = [await stampStaff(manager, poll.forumId, { type: 'poll.results', pollId: poll.id, results })];
    if (poll.resultsVisible) changes.push(await stampPublic(manager, poll.forumId, { type: 'poll.results', pollId: poll.id, results }));
    return changes;
  }

  /** Reads only the answer column; open-text polls read just the latest answers and a count. */
  private async resultsOf(manager: EntityManager, poll: Poll): Promise<PollResults> {
    if (poll.type === 'open') {
      const [{ count }] = (await manager.query('SELECT count(*)::int AS count FROM poll_answers WHERE poll_id = $1', [poll.id])) as Array<{
        count: number;
      }>;
      const latest = (await manager.query(
        'SELECT answer, updated_at AS at FROM poll_answers WHERE poll_id = $1 ORDER BY updated_at DESC LIMIT $2',
        [poll.id, OPEN_ANSWERS_SHOWN],
      )) as AnswerRecord[];
      return computePollResults(poll, latest, count);
    }
    const answers = (await manager.query('SELECT answer, updated_at AS at FROM poll_answers WHERE poll_id = $1', [poll.id])) as AnswerRecord[];
    return computePollResults(poll, answers);
  }
}
