import { Inject, Injectable } from '@nestjs/common';
import { Forum, Unit } from '@mufakat/persistence';
import type { EntityManager } from 'typeorm';
import { MembershipsRepository } from './memberships.repository';
import type { UnitValues } from './units.repository';

export type NewUnitValues = Omit<UnitValues, 'organisationId' | 'createdBy'>;

/**
 * Where units and forums sit: a new unit joins its creator's organisation with its creator as admin; a forum's
 * organiser is an officer of the forum's unit, and the forum's follow-up actions are on that unit's board.
 */
@Injectable()
export class UnitPlacement {
  constructor(@Inject(MembershipsRepository) private readonly members: MembershipsRepository) {}

  async createUnit(manager: EntityManager, values: NewUnitValues, userId: string): Promise<Unit> {
    const organisationId = await this.members.organisationFor(manager, userId, values.parentBody);
    const unit = await manager.save(manager.create(Unit, { ...values, organisationId, createdBy: userId }));
    await this.members.upsertUnitMember(manager, unit.id, userId, 'admin');
    return unit;
  }

  /** Puts the forum (and its actions) on the unit; its organiser becomes an officer of the unit if not a member yet. */
  async attachForum(manager: EntityManager, forum: Pick<Forum, 'id' | 'createdBy'>, unitId: string): Promise<void> {
    await manager.update(Forum, { id: forum.id }, { unitId });
    await manager.query(`UPDATE follow_up_actions SET unit_id = $1 WHERE forum_id = $2 AND unit_id <> $1`, [unitId, forum.id]);
    await this.members.addUnitMemberIfAbsent(manager, unitId, forum.createdBy, 'officer');
  }

  /**
   * The forum's unit; a forum without one (its organiser has not saved the record settings yet) gets its organiser's
   * unit of the forum's unit name, or a new unit of that name.
   */
  async ensureForumUnit(manager: EntityManager, forum: Forum): Promise<string> {
    if (forum.unitId) return forum.unitId;
    const named = await manager.findOne(Unit, { where: { createdBy: forum.createdBy, name: forum.unitName }, order: { updatedAt: 'DESC' } });
    const unit =
      named ??
      (await this.createUnit(
        manager,
        {
          name: forum.unitName,
          code: unitCodeOf(forum.unitName),
          parentBody: null,
          address: null,
          city: null,
          numberPattern: null,
          headName: null,
          headPosition: null,
          headNip: null,
          acknowledgerName: null,
          acknowledgerPosition: null,
          acknowledgerNip: null,
        },
        forum.createdBy,
      ));
    await this.attachForum(manager, forum, unit.id);
    forum.unitId = unit.id;
    return unit.id;
  }
}

/** A `{unit}` code from a unit's name: its initials ("Dinas Sosial" → "DS"), which the organiser can change. */
export function unitCodeOf(name: string): string {
  const initials = name
    .split(/\s+/)
    .map((word) => word.replace(/[^A-Za-z0-9]/g, '').charAt(0))
    .join('')
    .toUpperCase()
    .slice(0, 40);
  return initials || 'UNIT';
}
