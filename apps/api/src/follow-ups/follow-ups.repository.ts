import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActionStatus } from '@mufakat/contracts';
import { ConsensusItem, FollowUpAction, FollowUpEvidence, FollowUpUpdate, Forum, Unit } from '@mufakat/persistence';
import { DataSource, In, type EntityManager } from 'typeorm';

/** An action with what the board and the public pages show beside it. */
export interface ActionRow {
  action: FollowUpAction;
  forumTitle: string;
  itemNumber: number;
  itemText: string;
}

export interface UpdateRow {
  update: FollowUpUpdate;
  authorName: string | null;
  evidence: FollowUpEvidence[];
}

export type NewAction = Pick<
  FollowUpAction,
  'consensusItemId' | 'forumId' | 'unitId' | 'action' | 'responsibleUnit' | 'deadline' | 'timeFrame' | 'status' | 'progress' | 'completedOn'
>;

/** Every query of the follow-up tracker. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class FollowUpsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  insertAction(manager: EntityManager, values: NewAction): Promise<FollowUpAction> {
    return manager.save(manager.create(FollowUpAction, { ...values, droppedReason: null }));
  }

  saveAction(manager: EntityManager, action: FollowUpAction): Promise<FollowUpAction> {
    return manager.save(action);
  }

  lockAction(manager: EntityManager, actionId: string): Promise<FollowUpAction | null> {
    return manager.findOne(FollowUpAction, { where: { id: actionId }, lock: { mode: 'pessimistic_write' } });
  }

  findAction(actionId: string): Promise<FollowUpAction | null> {
    return this.db.getRepository(FollowUpAction).findOneBy({ id: actionId });
  }

  /** The item's first action: the one its follow-up plan describes. */
  primaryAction(manager: EntityManager, itemId: string, lock = false): Promise<FollowUpAction | null> {
    return manager.findOne(FollowUpAction, {
      where: { consensusItemId: itemId },
      order: { createdAt: 'ASC', id: 'ASC' },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The live status of each item's first action. */
  async liveStatuses(manager: EntityManager, itemIds: string[]): Promise<Map<string, ActionStatus>> {
    if (itemIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT DISTINCT ON (consensus_item_id) consensus_item_id AS "itemId", status FROM follow_up_actions
       WHERE consensus_item_id = ANY($1::uuid[]) ORDER BY consensus_item_id, created_at, id`,
      [itemIds],
    )) as Array<{ itemId: string; status: ActionStatus }>;
    return new Map(rows.map((row) => [row.itemId, row.status]));
  }

  insertUpdate(manager: EntityManager, values: Pick<FollowUpUpdate, 'actionId' | 'authorId' | 'at' | 'status' | 'progress' | 'note'>): Promise<FollowUpUpdate> {
    return manager.save(manager.create(FollowUpUpdate, values));
  }

  insertEvidence(manager: EntityManager, values: Omit<FollowUpEvidence, 'id' | 'update'>): Promise<FollowUpEvidence> {
    return manager.save(manager.create(FollowUpEvidence, values));
  }

  consensusItem(manager: EntityManager, itemId: string): Promise<ConsensusItem | null> {
    return manager.findOneBy(ConsensusItem, { id: itemId });
  }

  /** An approved item of one of the unit's forums, with its forum. */
  approvedItem(manager: EntityManager, itemId: string): Promise<(ConsensusItem & { forum: Forum }) | null> {
    return manager.findOne(ConsensusItem, { where: { id: itemId, status: 'approved' }, relations: { forum: true } }) as Promise<
      (ConsensusItem & { forum: Forum }) | null
    >;
  }

  /** Actions with their forum and item, earliest deadline first (none last), by forum and item number. */
  async actionRows(where: { unitIds?: string[]; forumIds?: string[] }): Promise<ActionRow[]> {
    const query = this.db
      .getRepository(FollowUpAction)
      .createQueryBuilder('a')
      .innerJoin(Forum, 'f', 'f.id = a.forum_id')
      .innerJoin(ConsensusItem, 'c', 'c.id = a.consensus_item_id')
      .addSelect(['f.title AS forum_title', 'c.number AS item_number', 'c.text AS item_text', 'f.starts_at AS forum_starts_at']);
    if (where.unitIds)
      query.andWhere('a.unit_id IN (:...unitIds)', { unitIds: where.unitIds.length ? where.unitIds : ['00000000-0000-0000-0000-000000000000'] });
    if (where.forumIds)
      query.andWhere('a.forum_id IN (:...forumIds)', { forumIds: where.forumIds.length ? where.forumIds : ['00000000-0000-0000-0000-000000000000'] });
    query.orderBy('a.deadline', 'ASC', 'NULLS LAST').addOrderBy('f.starts_at', 'ASC').addOrderBy('c.number', 'ASC').addOrderBy('a.created_at', 'ASC');
    const { entities, raw } = await query.getRawAndEntities<{ forum_title: string; item_number: number; item_text: string }>();
    return entities.map((action, index) => ({
      action,
      forumTitle: raw[index].forum_title,
      itemNumber: Number(raw[index].item_number),
      itemText: raw[index].item_text,
    }));
  }

  /** Every update of these actions, newest first, with its author's name and evidence. */
  async updatesOf(actionIds: string[]): Promise<Map<string, UpdateRow[]>> {
    const byAction = new Map<string, UpdateRow[]>();
    if (actionIds.length === 0) return byAction;
    const updates = await this.db.getRepository(FollowUpUpdate).find({
      where: { actionId: In(actionIds) },
      relations: { author: true },
      order: { at: 'DESC', id: 'DESC' },
    });
    const evidence = updates.length
      ? await this.db.getRepository(FollowUpEvidence).find({ where: { updateId: In(updates.map((u) => u.id)) }, order: { name: 'ASC', id: 'ASC' } })
      : [];
    for (const update of updates) {
      const rows = byAction.get(update.actionId) ?? [];
      rows.push({ update, authorName: update.author?.name ?? null, evidence: evidence.filter((e) => e.updateId === update.id) });
      byAction.set(update.actionId, rows);
    }
    return byAction;
  }

  forumsOfUnit(unitId: string): Promise<Forum[]> {
    return this.db.getRepository(Forum).find({ where: { unitId }, order: { startsAt: 'DESC', id: 'ASC' } });
  }

  approvedItemsOfUnit(unitId: string): Promise<ConsensusItem[]> {
    return this.db
      .getRepository(ConsensusItem)
      .createQueryBuilder('c')
      .innerJoin(Forum, 'f', 'f.id = c.forum_id')
      .where('f.unit_id = :unitId', { unitId })
      .andWhere(`c.status = 'approved'`)
      .orderBy('f.starts_at', 'DESC')
      .addOrderBy('c.number', 'ASC')
      .getMany();
  }

  /** An evidence file with the forum and unit of its action. */
  async evidence(evidenceId: string): Promise<{ evidence: FollowUpEvidence; forumId: string; unitId: string } | null> {
    const evidence = await this.db.getRepository(FollowUpEvidence).findOne({ where: { id: evidenceId }, relations: { update: { followUpAction: true } } });
    const action = evidence?.update?.followUpAction;
    return evidence && action ? { evidence, forumId: action.forumId, unitId: action.unitId } : null;
  }

  unitsOfOrganisation(organisationId: string): Promise<Unit[]> {
    return this.db.getRepository(Unit).find({ where: { organisationId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** How many forums each of these units holds. */
  async forumCounts(unitIds: string[]): Promise<Map<string, number>> {
    if (unitIds.length === 0) return new Map();
    const rows = (await this.db.query(`SELECT unit_id AS "unitId", count(*)::int AS n FROM forums WHERE unit_id = ANY($1::uuid[]) GROUP BY unit_id`, [
      unitIds,
    ])) as Array<{
      unitId: string;
      n: number;
    }>;
    return new Map(rows.map((row) => [row.unitId, row.n]));
  }
}
