import { Inject, Injectable } from '@nestjs/common';
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
import type { EntityManager } from 'typeorm';
import { agendaItemOfForum } from '../agenda/agenda-item-ref';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { knownError } from '../common/known-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { SnapshotParts } from '../realtime/snapshot-parts.registry';
import { TallyRegistry } from '../realtime/tally-registry.service';
import { checkPollAnswer } from './poll-answer-rules';
import { definePoll } from './poll-definition';
import { computePollResults } from '@mufakat/contracts';
import { toPollView } from './poll-views';
import type { Poll } from '@mufakat/persistence';
import { PollsRepository } from './polls.repository';

interface PollsSnapshotPart {
  polls: PollView[];
  pollResults: Record<string, PollResults>;
}

/** What a staff action did to a locked poll: the changes to stamp, or null when it changed nothing. */
type PollAction = (manager: EntityManager, poll: Poll) => Promise<ForumChange[] | null>;

@Injectable()
export class PollsService {
  constructor(
    @Inject(PollsRepository) private readonly polls: PollsRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(TallyRegistry) private readonly tallies: TallyRegistry,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SnapshotParts) parts: SnapshotParts,
  ) {
    // Polls with new answers: their results go out at most once per interval, never per answer.
    tallies.register('pollResults', (forumId, pollIds) => this.flushResults(forumId, pollIds));
    parts.addRoom(['polls', 'pollResults'], (manager, forum) => this.snapshotPart(manager, forum.id, false));
    parts.addStaff(['polls', 'pollResults'], (manager, forum) => this.snapshotPart(manager, forum.id, true));
  }

  async create(forumId: string, userId: string, input: CreatePollRequest): Promise<PollView> {
    await this.access.require(forumId, userId, 'runPolls');
    const definition = definePoll(input);
    const { poll, change } = await this.polls.transaction(async (manager) => {
      const agendaItemId = await agendaItemOfForum(manager, forumId, input.agendaItemId);
      const poll = await this.polls.insert(manager, {
        ...definition,
        forumId,
        agendaItemId,
        status: 'draft',
        openedAt: null,
        closedAt: null,
        createdBy: userId,
      });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'poll.create', subjectId: poll.id });
      return { poll, change: await stampStaff(manager, forumId, { type: 'poll.updated', poll: toPollView(poll) }) };
    });
    this.broadcaster.send(forumId, [change]);
    return toPollView(poll);
  }

  /** Replaces a draft's definition; fields left out return to their defaults. */
  async update(forumId: string, userId: string, input: UpdatePollRequest): Promise<PollView> {
    const poll = await this.act(forumId, userId, input.pollId, 'poll.update', async (manager, poll) => {
      if (poll.status !== 'draft') throw knownError('pollNotDraft', { message: 'Only a draft poll can be edited' });
      Object.assign(poll, definePoll(input, poll.options), { agendaItemId: await agendaItemOfForum(manager, forumId, input.agendaItemId) });
      await this.polls.save(manager, poll);
      return [await stampStaff(manager, forumId, { type: 'poll.updated', poll: toPollView(poll) })];
    });
    return toPollView(poll);
  }

  /** Only drafts: a poll the room has seen stays on the record. */
  async remove(forumId: string, userId: string, pollId: string): Promise<{ pollId: string }> {
    await this.act(forumId, userId, pollId, 'poll.delete', async (manager, poll) => {
      if (poll.status !== 'draft') throw knownError('pollNotDraft', { message: 'Only a draft poll can be deleted' });
      await this.polls.delete(manager, poll.id);
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
      await this.polls.save(manager, poll);
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
      await this.polls.save(manager, poll);
      const view = toPollView(poll);
      if (poll.status === 'draft') return [await stampStaff(manager, forumId, { type: 'poll.updated', poll: view })];
      const changes = [
        await stampPublic(manager, forumId, { type: 'poll.upserted', poll: view }),
        await stampStaff(manager, forumId, { type: 'poll.updated', poll: view }),
      ];
      if (input.visible) {
        const results = await this.polls.resultsOf(manager, poll);
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
    const poll = await this.polls.find(forumId, input.pollId);
    if (!poll) throw knownError('pollNotFound');
    if (poll.status === 'draft') throw knownError('pollNotOpen');
    const answer = checkPollAnswer(poll, input.answer);
    // allowChange cannot change once a poll is open, so the value read above is the poll's.
    if (!(await this.polls.writeAnswer(poll.id, participantId, answer, poll.allowChange))) {
      const row = await this.polls.unwrittenAnswer(poll.id, participantId, answer);
      // The same answer again is a retried request: acknowledge it, there is nothing new to broadcast.
      if (row?.same) return { pollId: poll.id, answer };
      if (row?.status !== 'open') throw knownError('pollClosed');
      throw knownError('pollAlreadyAnswered', { details: ['answer: this poll does not allow changing an answer'] });
    }
    this.tallies.changed('pollResults', forumId, poll.id);
    return { pollId: poll.id, answer };
  }

  /**
   * The polls part of a snapshot, read with the snapshot's (repeatable-read) manager: the room sees opened polls
   * and the results shown to it; staff see drafts too and every opened poll's results.
   */
  private async snapshotPart(manager: EntityManager, forumId: string, staff: boolean): Promise<PollsSnapshotPart> {
    const polls = await this.polls.allOfForum(manager, forumId);
    const opened = polls.filter((poll) => poll.status !== 'draft');
    const pollResults: Record<string, PollResults> = {};
    for (const poll of opened) {
      if (staff || poll.resultsVisible) pollResults[poll.id] = await this.polls.resultsOf(manager, poll);
    }
    return { polls: (staff ? polls : opened).map(toPollView), pollResults };
  }

  /** Authorises, locks the poll, applies the action, audits it and broadcasts after commit. */
  private async act(forumId: string, userId: string, pollId: string, action: string, apply: PollAction): Promise<Poll> {
    await this.access.require(forumId, userId, 'runPolls');
    const { poll, changes } = await this.polls.transaction(async (manager) => {
      const poll = await this.polls.lock(manager, forumId, pollId);
      const changes = await apply(manager, poll);
      if (changes) await this.audit.record(manager, { forumId, actorUserId: userId, action, subjectId: pollId });
      return { poll, changes: changes ?? [] };
    });
    this.broadcaster.send(forumId, changes);
    return poll;
  }

  private async flushResults(forumId: string, pollIds: string[]): Promise<void> {
    const changes = await this.polls.transaction(async (manager) => {
      // Lock the forum's numbering before reading answers, so a later sequence number never carries older results.
      await lockForum(manager, forumId);
      const polls = await this.polls.openedAmong(manager, forumId, pollIds);
      const changes: ForumChange[] = [];
      for (const poll of polls) changes.push(...(await this.stampResults(manager, poll, await this.polls.resultsOf(manager, poll))));
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
}
