import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONSENSUS_LIMITS,
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
import { ConsensusItem, ConsensusSignal } from '@mufakat/persistence';
import { DataSource, In, type EntityManager } from 'typeorm';
import { agendaItemOfForum } from '../agenda/agenda-item-ref';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { ForumAccessService } from '../forums/forum-access.service';
import { Coalescer } from '../realtime/coalescer';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { lockForum, stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { talliesFrom, toConsensusView, type SignalCountRow } from './consensus-views';

export interface ConsensusRoomPart {
  consensus: ConsensusItemView[];
  consensusTallies: Record<string, ConsensusTally>;
}

/** The moves a facilitator may make before approval; approval is its own action. */
const MOVES: Record<ConsensusItem['status'], readonly ConsensusMove[]> = {
  draft: ['open', 'set_aside'],
  open: ['draft', 'set_aside'],
  set_aside: ['open', 'draft'],
  approved: [],
};

const inRoom = (status: ConsensusItem['status']): boolean => status === 'open' || status === 'approved';

type ItemAction = (manager: EntityManager, item: ConsensusItem) => Promise<{ changes: ForumChange[]; details: Record<string, unknown> } | null>;

@Injectable()
export class ConsensusService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ConsensusService.name);
  /** Items with new signals, per forum: counts go out at most once per interval, never per signal. */
  private readonly signalled: Coalescer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
  ) {
    this.signalled = new Coalescer(
      config.tallyFlushMs,
      (forumId, itemIds) => this.flushTallies(forumId, itemIds),
      (error) => this.logger.error(`Consensus tally flush failed: ${String(error)}`),
    );
  }

  async create(forumId: string, userId: string, input: CreateConsensusRequest): Promise<ConsensusItemView> {
    await this.access.require(forumId, userId, 'runConsensus');
    const { item, change } = await this.db.transaction(async (manager) => {
      const count = await manager.countBy(ConsensusItem, { forumId });
      if (count >= CONSENSUS_LIMITS.items) throw new DomainError('CONFLICT', `A forum has at most ${CONSENSUS_LIMITS.items} consensus items`);
      const agendaItemId = await agendaItemOfForum(manager, forumId, input.agendaItemId);
      const item = await manager.save(manager.create(ConsensusItem, { forumId, agendaItemId, text: input.text, status: 'draft', createdBy: userId }));
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'consensus.create', subjectId: item.id, details: { text: item.text, agendaItemId } });
      return { item, change: await stampStaff(manager, forumId, { type: 'consensus.updated', item: toConsensusView(item) }) };
    });
    this.broadcaster.send(forumId, [change]);
    return toConsensusView(item);
  }

  /** The text of an item the room is signalling on changes what they signal on: their signals are cleared. */
  async update(forumId: string, userId: string, input: UpdateConsensusRequest): Promise<ConsensusItemView> {
    return this.act(forumId, userId, input.itemId, 'consensus.update', async (manager, item) => {
      if (item.status === 'approved') throw new DomainError('INVALID_STATE', 'An approved item is locked');
      const agendaItemId = input.agendaItemId === undefined ? item.agendaItemId : await agendaItemOfForum(manager, forumId, input.agendaItemId);
      if (item.text === input.text && item.agendaItemId === agendaItemId) return null;
      const details = { before: { text: item.text, agendaItemId: item.agendaItemId }, after: { text: input.text, agendaItemId } };
      const textChanged = item.text !== input.text;
      Object.assign(item, { text: input.text, agendaItemId });
      await manager.save(item);
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
    return this.act(forumId, userId, itemId, `consensus.${status === 'open' ? 'open' : status === 'draft' ? 'withdraw' : 'set-aside'}`, async (manager, item) => {
      if (item.status === status) return null;
      if (!MOVES[item.status].includes(status)) {
        throw new DomainError('INVALID_STATE', item.status === 'approved' ? 'An approved item is locked' : `An item cannot go from ${item.status} to ${status}`);
      }
      const from = item.status;
      item.status = status;
      if (status === 'open') item.openedAt = new Date();
      if (status === 'set_aside') item.decidedAt = new Date();
      if (status === 'draft') item.decidedAt = null;
      await manager.save(item);
      const view = toConsensusView(item);
      const changes = [await stampStaff(manager, forumId, { type: 'consensus.updated', item: view })];
      if (status === 'open') {
        changes.push(await stampPublic(manager, forumId, { type: 'consensus.upserted', item: view }));
        changes.push(...(await this.stampTallies(manager, forumId, [item.id])));
      } else if (from === 'open') {
        changes.push(await stampPublic(manager, forumId, { type: 'consensus.removed', itemId: item.id }));
        if (status === 'draft') await manager.delete(ConsensusSignal, { itemId: item.id });
      }
      return { changes, details: { from, to: status } };
    });
  }

  /** Locks the item, numbers it in approval order and attaches its follow-up plan. */
  async approve(forumId: string, userId: string, itemId: string, followUp: FollowUpPlan): Promise<ConsensusItemView> {
    const plan = checkFollowUp(followUp);
    return this.act(forumId, userId, itemId, 'consensus.approve', async (manager, item) => {
      if (item.status === 'approved') throw new DomainError('INVALID_STATE', 'The item is already approved');
      if (item.status !== 'open') throw new DomainError('INVALID_STATE', 'Only an item put to the room can be approved');
      const [{ next }] = (await manager.query('SELECT coalesce(max(number), 0) + 1 AS next FROM consensus_items WHERE forum_id = $1', [forumId])) as Array<{
        next: number;
      }>;
      Object.assign(item, { status: 'approved', number: Number(next), followUp: plan, decidedAt: new Date() });
      await manager.save(item);
      const view = toConsensusView(item);
      const changes = [
        await stampStaff(manager, forumId, { type: 'consensus.updated', item: view }),
        await stampPublic(manager, forumId, { type: 'consensus.upserted', item: view }),
        // The final count, so screens show what the item was approved with.
        ...(await this.stampTallies(manager, forumId, [item.id])),
      ];
      return { changes, details: { number: item.number, followUp: plan } };
    });
  }

  async updateFollowUp(forumId: string, userId: string, itemId: string, followUp: FollowUpPlan): Promise<ConsensusItemView> {
    const plan = checkFollowUp(followUp);
    return this.act(forumId, userId, itemId, 'consensus.follow-up', async (manager, item) => {
      if (item.status !== 'approved') throw new DomainError('INVALID_STATE', 'Only an approved item has a follow-up plan');
      if (JSON.stringify(item.followUp) === JSON.stringify(plan)) return null;
      const before = item.followUp;
      item.followUp = plan;
      await manager.save(item);
      const view = toConsensusView(item);
      const changes = [
        await stampStaff(manager, forumId, { type: 'consensus.updated', item: view }),
        await stampPublic(manager, forumId, { type: 'consensus.upserted', item: view }),
      ];
      return { changes, details: { before, after: plan } };
    });
  }

  /**
   * One signal per attendee per item, decided by the primary key in one statement; the item row is share-locked
   * by it, so approving or withdrawing waits for signals in flight.
   */
  async signal(forumId: string, participantId: string, input: SignalConsensusRequest): Promise<SignalConsensusResult> {
    const written = (await this.db.query(
      `INSERT INTO consensus_signals (item_id, participant_id, signal)
       SELECT c.id, $3::uuid, $4 FROM consensus_items c WHERE c.id = $1 AND c.forum_id = $2 AND c.status = 'open' FOR SHARE
       ON CONFLICT (item_id, participant_id) DO UPDATE SET signal = EXCLUDED.signal, updated_at = now()
       RETURNING 1`,
      [input.itemId, forumId, participantId, input.signal],
    )) as unknown[];
    if (written.length === 0) {
      const item = await this.db.getRepository(ConsensusItem).findOneBy({ id: input.itemId, forumId });
      if (!item || item.status === 'draft') throw new DomainError('NOT_FOUND', 'Consensus item not found');
      throw new DomainError('INVALID_STATE', item.status === 'approved' ? 'The item is already approved' : 'The item is not open for signals');
    }
    this.signalled.add(forumId, input.itemId);
    return { itemId: input.itemId, signal: input.signal };
  }

  /** What the room sees: open and approved items with their tallies, read with the snapshot's manager. */
  async roomPart(manager: EntityManager, forumId: string): Promise<ConsensusRoomPart> {
    const items = await manager.find(ConsensusItem, { where: { forumId, status: In(['open', 'approved']) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { consensus: items.map(toConsensusView), consensusTallies: await this.talliesOf(manager, items.map((item) => item.id)) };
  }

  /** Every item, drafts and set-aside ones included: the staff view. */
  async allItems(manager: EntityManager, forumId: string): Promise<ConsensusItemView[]> {
    const items = await manager.find(ConsensusItem, { where: { forumId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return items.map(toConsensusView);
  }


  async beforeApplicationShutdown(): Promise<void> {
    await this.signalled.drain();
  }

  /** Authorises, locks the item, applies the action, audits what changed and broadcasts after commit. */
  private async act(forumId: string, userId: string, itemId: string, action: string, apply: ItemAction): Promise<ConsensusItemView> {
    await this.access.require(forumId, userId, 'runConsensus');
    const { item, changes } = await this.db.transaction(async (manager) => {
      // Forum first, then item: the order every numbering transaction takes, and approval numbers stay unique.
      await lockForum(manager, forumId);
      const item = await manager.findOne(ConsensusItem, { where: { id: itemId, forumId }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw new DomainError('NOT_FOUND', 'Consensus item not found');
      const result = await apply(manager, item);
      if (result) await this.audit.record(manager, { forumId, actorUserId: userId, action, subjectId: itemId, details: result.details });
      return { item, changes: result?.changes ?? [] };
    });
    this.broadcaster.send(forumId, changes);
    return toConsensusView(item);
  }

  private async clearSignals(manager: EntityManager, item: ConsensusItem): Promise<ForumChange[]> {
    await manager.delete(ConsensusSignal, { itemId: item.id });
    return this.stampTallies(manager, item.forumId, [item.id]);
  }

  private async flushTallies(forumId: string, itemIds: string[]): Promise<void> {
    const changes = await this.db.transaction(async (manager) => {
      // Lock the numbering before counting, so a later sequence number never carries older counts.
      await lockForum(manager, forumId);
      const items = await manager.find(ConsensusItem, { select: { id: true, status: true }, where: { forumId, id: In(itemIds) } });
      return this.stampTallies(manager, forumId, items.filter((item) => inRoom(item.status)).map((item) => item.id));
    });
    this.broadcaster.send(forumId, changes);
  }

  private async stampTallies(manager: EntityManager, forumId: string, itemIds: string[]): Promise<ForumChange[]> {
    const tallies = await this.talliesOf(manager, itemIds);
    const changes: ForumChange[] = [];
    for (const [itemId, tally] of Object.entries(tallies)) changes.push(await stampPublic(manager, forumId, { type: 'consensus.tally', itemId, tally }));
    return changes;
  }

  private async talliesOf(manager: EntityManager, itemIds: string[]): Promise<Record<string, ConsensusTally>> {
    if (itemIds.length === 0) return {};
    const rows = (await manager.query(
      `SELECT s.item_id AS "itemId", p.category, s.signal, count(*)::int AS count
       FROM consensus_signals s JOIN participants p ON p.id = s.participant_id
       WHERE s.item_id = ANY($1::uuid[]) GROUP BY 1, 2, 3`,
      [itemIds],
    )) as SignalCountRow[];
    return talliesFrom(itemIds, rows);
  }
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
