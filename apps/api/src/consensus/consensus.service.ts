import { Inject, Injectable } from '@nestjs/common';
import {
  CONSENSUS_LIMITS,
  CONSENSUS_MOVES_FROM,
  isRoomConsensusStatus,
  type ActionStatus,
  type ConsensusItemView,
  type ConsensusMove,
  type ConsensusTally,
  type CreateConsensusRequest,
  type FollowUpPlan,
  type ForumChange,
  type SignalConsensusRequest,
  type SignalConsensusResult,
  type UpdateConsensusRequest,
} from '@mufakat/contracts';
import type { ConsensusItem } from '@mufakat/persistence';
import type { EntityManager } from 'typeorm';
import { agendaItemOfForum } from '../agenda/agenda-item-ref';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { knownError } from '../common/known-error';
import { FollowUpTracker } from '../follow-ups/follow-up-tracker.service';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { SnapshotParts } from '../realtime/snapshot-parts.registry';
import { TallyRegistry } from '../realtime/tally-registry.service';
import { toConsensusView } from './consensus-views';
import { ConsensusRepository } from './consensus.repository';

interface ConsensusRoomPart {
  consensus: ConsensusItemView[];
  consensusTallies: Record<string, ConsensusTally>;
}

type ItemAction = (
  manager: EntityManager,
  item: ConsensusItem,
) => Promise<{ changes: ForumChange[]; details: Record<string, unknown>; live?: ActionStatus } | { live: ActionStatus } | null>;

@Injectable()
export class ConsensusService {
  constructor(
    @Inject(ConsensusRepository) private readonly items: ConsensusRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(TallyRegistry) private readonly tallies: TallyRegistry,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(FollowUpTracker) private readonly tracker: FollowUpTracker,
    @Inject(SnapshotParts) parts: SnapshotParts,
  ) {
    // Items with new signals: counts go out at most once per interval, never per signal.
    tallies.register('consensus', (forumId, itemIds) => this.flushTallies(forumId, itemIds));
    parts.addRoom(['consensus', 'consensusTallies'], (manager, forum) => this.roomPart(manager, forum.id, forum.checkInEnabled));
    parts.addStaff(['consensus'], async (manager, forum) => ({ consensus: await this.allItems(manager, forum.id) }));
  }

  async create(forumId: string, userId: string, input: CreateConsensusRequest): Promise<ConsensusItemView> {
    await this.access.require(forumId, userId, 'runConsensus');
    const { item, change } = await this.items.transaction(async (manager) => {
      const count = await this.items.countItems(manager, forumId);
      if (count >= CONSENSUS_LIMITS.items) throw new DomainError('CONFLICT', `A forum has at most ${CONSENSUS_LIMITS.items} consensus items`);
      const agendaItemId = await agendaItemOfForum(manager, forumId, input.agendaItemId);
      const item = await this.items.insert(manager, { forumId, agendaItemId, text: input.text, status: 'draft', createdBy: userId });
      await this.audit.record(manager, {
        forumId,
        actorUserId: userId,
        action: 'consensus.create',
        subjectId: item.id,
        details: { text: item.text, agendaItemId },
      });
      return { item, change: await stampStaff(manager, forumId, { type: 'consensus.updated', item: toConsensusView(item) }) };
    });
    this.broadcaster.send(forumId, [change]);
    return toConsensusView(item);
  }

  /** The text of an item the room is signalling on changes what they signal on: their signals are cleared. */
  async update(forumId: string, userId: string, input: UpdateConsensusRequest): Promise<ConsensusItemView> {
    return this.act(forumId, userId, input.itemId, 'consensus.update', async (manager, item) => {
      if (item.status === 'approved') throw knownError('consensusLocked');
      const agendaItemId = input.agendaItemId === undefined ? item.agendaItemId : await agendaItemOfForum(manager, forumId, input.agendaItemId);
      if (item.text === input.text && item.agendaItemId === agendaItemId) return null;
      const details = { before: { text: item.text, agendaItemId: item.agendaItemId }, after: { text: input.text, agendaItemId } };
      const textChanged = item.text !== input.text;
      Object.assign(item, { text: input.text, agendaItemId });
      await this.items.save(manager, item);
      const changes = [await stampStaff(manager, forumId, { type: 'consensus.updated', item: toConsensusView(item) })];
      if (item.status === 'open') {
        changes.push(await stampPublic(manager, forumId, { type: 'consensus.upserted', item: toConsensusView(item) }));
        if (textChanged) changes.push(...(await this.clearSignals(manager, item)));
      }
      return { changes, details: { ...details, signalsCleared: textChanged && item.status === 'open' } };
    });
  }

  /** draft ⇄ open ⇄ set_aside. Withdrawing an open item to draft clears its signals: the room is asked again. */
  async move(forumId: string, userId: string, itemId: string, status: ConsensusMove): Promise<ConsensusItemView> {
    return this.act(
      forumId,
      userId,
      itemId,
      `consensus.${status === 'open' ? 'open' : status === 'draft' ? 'withdraw' : 'set-aside'}`,
      async (manager, item) => {
        if (item.status === status) return null;
        if (!CONSENSUS_MOVES_FROM[item.status].includes(status)) {
          throw new DomainError(
            'INVALID_STATE',
            item.status === 'approved' ? 'An approved item is locked' : `An item cannot go from ${item.status} to ${status}`,
          );
        }
        const from = item.status;
        item.status = status;
        if (status === 'open') item.openedAt = new Date();
        if (status === 'set_aside') item.decidedAt = new Date();
        if (status === 'draft') item.decidedAt = null;
        await this.items.save(manager, item);
        const view = toConsensusView(item);
        const changes = [await stampStaff(manager, forumId, { type: 'consensus.updated', item: view })];
        if (status === 'open') {
          changes.push(await stampPublic(manager, forumId, { type: 'consensus.upserted', item: view }));
          changes.push(...(await this.stampTallies(manager, forumId, [item.id])));
        } else if (from === 'open') {
          changes.push(await stampPublic(manager, forumId, { type: 'consensus.removed', itemId: item.id }));
          if (status === 'draft') await this.items.clearSignals(manager, item.id);
        }
        return { changes, details: { from, to: status } };
      },
    );
  }

  /**
   * Locks the item, numbers it in approval order and attaches its follow-up plan; its action is on the forum unit's
   * follow-up board from the same transaction on.
   */
  async approve(forumId: string, userId: string, itemId: string, followUp: FollowUpPlan): Promise<ConsensusItemView> {
    const plan = checkFollowUp(followUp);
    if (plan.status === 'dropped') throw droppedOnTheBoard();
    return this.act(forumId, userId, itemId, 'consensus.approve', async (manager, item) => {
      if (item.status === 'approved') throw new DomainError('INVALID_STATE', 'The item is already approved');
      if (item.status !== 'open') throw new DomainError('INVALID_STATE', 'Only an item put to the room can be approved');
      const number = await this.items.nextNumber(manager, forumId);
      Object.assign(item, { status: 'approved', number, followUp: plan, decidedAt: new Date() });
      await this.items.save(manager, item);
      const action = await this.tracker.createForApproval(manager, await this.items.forum(manager, forumId), item, plan, userId);
      const view = toConsensusView(item, action.status);
      const changes = [
        await stampStaff(manager, forumId, { type: 'consensus.updated', item: view }),
        await stampPublic(manager, forumId, { type: 'consensus.upserted', item: view }),
        // The final count, so screens show what the item was approved with.
        ...(await this.stampTallies(manager, forumId, [item.id])),
      ];
      return { changes, details: { number: item.number, followUp: plan }, live: action.status };
    });
  }

  /**
   * After the forum: the plan's wording, unit and deadline are corrected on the item (the record prints the plan as
   * agreed, status included) and on its action; a status is the tracker's, a dated update of the action like one from
   * the follow-up board, so there is one live status.
   */
  async updateFollowUp(forumId: string, userId: string, itemId: string, followUp: FollowUpPlan): Promise<ConsensusItemView> {
    const plan = checkFollowUp(followUp);
    return this.act(forumId, userId, itemId, 'consensus.follow-up', async (manager, item) => {
      if (item.status !== 'approved') throw new DomainError('INVALID_STATE', 'Only an approved item has a follow-up plan');
      const before = item.followUp;
      const liveBefore: ActionStatus = (await this.tracker.liveStatuses(manager, [item.id])).get(item.id) ?? before?.status ?? 'planned';
      if (plan.status === 'dropped' && liveBefore !== 'dropped') throw droppedOnTheBoard();
      // Dropping is final, as on the board: its public reason stands.
      if (liveBefore === 'dropped' && plan.status !== 'dropped') {
        throw new DomainError('INVALID_STATE', "This action was dropped on the unit's follow-up board, with a public reason; it takes no more updates");
      }
      const agreed: FollowUpPlan = { ...plan, status: before?.status ?? 'planned' };
      const planChanged = JSON.stringify(before) !== JSON.stringify(agreed);
      if (!planChanged && plan.status === liveBefore) return { live: liveBefore };
      if (planChanged) {
        item.followUp = agreed;
        await this.items.save(manager, item);
      }
      const live = await this.tracker.applyPlanEdit(manager, await this.items.forum(manager, forumId), item, plan, userId);
      const view = toConsensusView(item, live);
      const changes = [
        await stampStaff(manager, forumId, { type: 'consensus.updated', item: view }),
        await stampPublic(manager, forumId, { type: 'consensus.upserted', item: view }),
      ];
      return { changes, details: { before, after: agreed, status: { before: liveBefore, after: live } }, live };
    });
  }

  /**
   * One signal per attendee per item, decided by the primary key in one statement; the item row is share-locked
   * by it, so approving or withdrawing waits for signals in flight.
   */
  async signal(forumId: string, participantId: string, input: SignalConsensusRequest): Promise<SignalConsensusResult> {
    if (!(await this.items.writeSignal(forumId, participantId, input.itemId, input.signal))) {
      const item = await this.items.find(forumId, input.itemId);
      if (!item || item.status === 'draft') throw knownError('consensusNotFound');
      throw new DomainError('INVALID_STATE', item.status === 'approved' ? 'The item is already approved' : 'The item is not open for signals');
    }
    this.tallies.changed('consensus', forumId, input.itemId);
    return { itemId: input.itemId, signal: input.signal };
  }

  /** What the room sees: open and approved items with their tallies, read with the snapshot's manager. */
  private async roomPart(manager: EntityManager, forumId: string, withVerified: boolean): Promise<ConsensusRoomPart> {
    const items = await this.items.roomItems(manager, forumId);
    const live = await this.liveStatuses(manager, items);
    return {
      consensus: items.map((item) => toConsensusView(item, live.get(item.id))),
      consensusTallies: await this.items.talliesOf(
        manager,
        items.map((item) => item.id),
        withVerified,
      ),
    };
  }

  /** Every item, drafts and set-aside ones included: the staff view. */
  private async allItems(manager: EntityManager, forumId: string): Promise<ConsensusItemView[]> {
    const items = await this.items.allItems(manager, forumId);
    const live = await this.liveStatuses(manager, items);
    return items.map((item) => toConsensusView(item, live.get(item.id)));
  }

  private liveStatuses(manager: EntityManager, items: ConsensusItem[]): Promise<Map<string, ActionStatus>> {
    return this.tracker.liveStatuses(
      manager,
      items.filter((item) => item.status === 'approved').map((item) => item.id),
    );
  }

  /** Authorises, locks the item, applies the action, audits what changed and broadcasts after commit. */
  private async act(forumId: string, userId: string, itemId: string, action: string, apply: ItemAction): Promise<ConsensusItemView> {
    await this.access.require(forumId, userId, 'runConsensus');
    const { item, changes, live } = await this.items.transaction(async (manager) => {
      // Forum first, then item: the order every numbering transaction takes, and approval numbers stay unique.
      await lockForum(manager, forumId);
      const item = await this.items.lock(manager, forumId, itemId);
      const result = await apply(manager, item);
      if (result && 'details' in result) await this.audit.record(manager, { forumId, actorUserId: userId, action, subjectId: itemId, details: result.details });
      return { item, changes: result && 'changes' in result ? result.changes : [], live: result?.live };
    });
    this.broadcaster.send(forumId, changes);
    return toConsensusView(item, live);
  }

  private async clearSignals(manager: EntityManager, item: ConsensusItem): Promise<ForumChange[]> {
    await this.items.clearSignals(manager, item.id);
    return this.stampTallies(manager, item.forumId, [item.id]);
  }

  private async flushTallies(forumId: string, itemIds: string[]): Promise<void> {
    const changes = await this.items.transaction(async (manager) => {
      // Lock the numbering before counting, so a later sequence number never carries older counts.
      await lockForum(manager, forumId);
      const items = await this.items.statuses(manager, forumId, itemIds);
      return this.stampTallies(
        manager,
        forumId,
        items.filter((item) => isRoomConsensusStatus(item.status)).map((item) => item.id),
      );
    });
    this.broadcaster.send(forumId, changes);
  }

  private async stampTallies(manager: EntityManager, forumId: string, itemIds: string[]): Promise<ForumChange[]> {
    if (itemIds.length === 0) return [];
    const tallies = await this.items.talliesOf(manager, itemIds, await this.items.checkInEnabled(manager, forumId));
    const changes: ForumChange[] = [];
    for (const [itemId, tally] of Object.entries(tallies)) changes.push(await stampPublic(manager, forumId, { type: 'consensus.tally', itemId, tally }));
    return changes;
  }
}

function droppedOnTheBoard(): DomainError {
  return new DomainError('VALIDATION_FAILED', 'An action is dropped on the follow-up board, with a reason', ['followUp.status: dropped']);
}

/** Every approved item says by when: a date, a time frame in words, or both. */
function checkFollowUp(plan: FollowUpPlan): FollowUpPlan {
  const normalised: FollowUpPlan = {
    action: plan.action,
    responsibleUnit: plan.responsibleUnit,
    deadline: plan.deadline ?? null,
    timeFrame: plan.timeFrame ?? null,
    status: plan.status,
  };
  if (!normalised.deadline && !normalised.timeFrame) {
    throw new DomainError('VALIDATION_FAILED', 'A follow-up needs a deadline or a time frame', ['followUp.deadline: give a date or a time frame']);
  }
  return normalised;
}
