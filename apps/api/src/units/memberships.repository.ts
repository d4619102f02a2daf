import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationRole, UnitRole } from '@mufakat/contracts';
import { Organisation, OrganisationMember, StaffUser, Unit, UnitMember } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';

export interface UnitWithRoles {
  unit: Unit & { organisation: Organisation };
  unitRole: UnitRole | null;
  organisationRole: OrganisationRole | null;
}

/** Organisations, their members and the members of units: who may see and keep which follow-up board. */
@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The unit with the caller's own role in it and their role in its organisation; null when there is no such unit. */
  async unitWithRoles(unitId: string, userId: string, manager: EntityManager = this.db.manager): Promise<UnitWithRoles | null> {
    const unit = (await manager.findOne(Unit, { where: { id: unitId }, relations: { organisation: true } })) as UnitWithRoles['unit'] | null;
    if (!unit) return null;
    const [member, organisationMember] = await Promise.all([
      manager.findOneBy(UnitMember, { unitId, userId }),
      manager.findOneBy(OrganisationMember, { organisationId: unit.organisationId, userId }),
    ]);
    return { unit, unitRole: member?.role ?? null, organisationRole: organisationMember?.role ?? null };
  }

  organisationRole(organisationId: string, userId: string, manager: EntityManager = this.db.manager): Promise<OrganisationMember | null> {
    return manager.findOne(OrganisationMember, { where: { organisationId, userId }, relations: { organisation: true } });
  }

  unitMemberships(userId: string): Promise<UnitMember[]> {
    return this.db.getRepository(UnitMember).find({ where: { userId }, relations: { unit: { organisation: true } } });
  }

  organisationMemberships(userId: string): Promise<OrganisationMember[]> {
    return this.db.getRepository(OrganisationMember).find({ where: { userId }, relations: { organisation: true }, order: { createdAt: 'ASC' } });
  }

  unitsOfOrganisation(organisationId: string): Promise<Array<Unit & { organisation: Organisation }>> {
    return this.db.getRepository(Unit).find({ where: { organisationId }, relations: { organisation: true }, order: { name: 'ASC' } }) as Promise<
      Array<Unit & { organisation: Organisation }>
    >;
  }

  unitMembers(unitId: string): Promise<Array<UnitMember & { user: StaffUser }>> {
    return this.db.getRepository(UnitMember).find({ where: { unitId }, relations: { user: true }, order: { createdAt: 'ASC' } }) as Promise<
      Array<UnitMember & { user: StaffUser }>
    >;
  }

  organisationMembers(organisationId: string): Promise<Array<OrganisationMember & { user: StaffUser }>> {
    return this.db.getRepository(OrganisationMember).find({ where: { organisationId }, relations: { user: true }, order: { createdAt: 'ASC' } }) as Promise<
      Array<OrganisationMember & { user: StaffUser }>
    >;
  }

  staffByEmail(email: string, manager: EntityManager = this.db.manager): Promise<StaffUser | null> {
    return manager.createQueryBuilder(StaffUser, 'u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  /** Adds the member, or changes the role of one already there. */
  async upsertUnitMember(manager: EntityManager, unitId: string, userId: string, role: UnitRole): Promise<void> {
    await manager.query(
      `INSERT INTO unit_members (unit_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (unit_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
      [unitId, userId, role],
    );
  }

  /** Adds the member unless they already have a role in the unit. */
  async addUnitMemberIfAbsent(manager: EntityManager, unitId: string, userId: string, role: UnitRole): Promise<void> {
    await manager.query(`INSERT INTO unit_members (unit_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (unit_id, user_id) DO NOTHING`, [
      unitId,
      userId,
      role,
    ]);
  }

  async upsertOrganisationMember(manager: EntityManager, organisationId: string, userId: string, role: OrganisationRole): Promise<void> {
    await manager.query(
      `INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (organisation_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
      [organisationId, userId, role],
    );
  }

  async removeUnitMember(manager: EntityManager, unitId: string, userId: string): Promise<UnitMember | null> {
    const member = await manager.findOne(UnitMember, { where: { unitId, userId }, lock: { mode: 'pessimistic_write' } });
    if (member) await manager.delete(UnitMember, { id: member.id });
    return member;
  }

  async removeOrganisationMember(manager: EntityManager, organisationId: string, userId: string): Promise<OrganisationMember | null> {
    const member = await manager.findOne(OrganisationMember, { where: { organisationId, userId }, lock: { mode: 'pessimistic_write' } });
    if (member) await manager.delete(OrganisationMember, { id: member.id });
    return member;
  }

  /**
   * Serialises membership changes of one unit (or organisation), so two admins removing each other at once cannot
   * both see the other still there. `NO KEY UPDATE`: the unit's other writers are not held up.
   */
  async lockUnit(manager: EntityManager, unitId: string): Promise<void> {
    await manager.query('SELECT 1 FROM units WHERE id = $1 FOR NO KEY UPDATE', [unitId]);
  }

  async lockOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
    await manager.query('SELECT 1 FROM organisations WHERE id = $1 FOR NO KEY UPDATE', [organisationId]);
  }

  countUnitAdmins(manager: EntityManager, unitId: string): Promise<number> {
    return manager.countBy(UnitMember, { unitId, role: 'admin' });
  }

  countOrganisationAdmins(manager: EntityManager, organisationId: string): Promise<number> {
    return manager.countBy(OrganisationMember, { organisationId, role: 'admin' });
  }

  /**
   * The organisation a new unit of this staff member joins: the first one they belong to, else the organisation of a
   * unit they are in, else the oldest one; a database without any gets its first, named after the unit's parent body.
   */
  async organisationFor(manager: EntityManager, userId: string, name: string | null = null): Promise<string> {
    const own = await manager.findOne(OrganisationMember, { where: { userId }, order: { createdAt: 'ASC' } });
    if (own) return own.organisationId;
    const member = await manager.findOne(UnitMember, { where: { userId }, relations: { unit: true }, order: { createdAt: 'ASC' } });
    if (member?.unit) return member.unit.organisationId;
    // Serialised so two first units made at once share the one organisation.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('organisations.first'))`);
    const [oldest] = await manager.find(Organisation, { order: { createdAt: 'ASC', id: 'ASC' }, take: 1 });
    if (oldest) return oldest.id;
    const created = await manager.save(manager.create(Organisation, { name: name || DEFAULT_ORGANISATION_NAME }));
    await this.upsertOrganisationMember(manager, created.id, userId, 'admin');
    return created.id;
  }
}

/** The name of the organisation a fresh installation's first unit makes; the same as the migration's. */
export const DEFAULT_ORGANISATION_NAME = 'Organisasi';
