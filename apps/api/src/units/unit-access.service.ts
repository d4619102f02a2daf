import { Inject, Injectable } from '@nestjs/common';
import {
  ORGANISATION_ROLE_IN_UNITS,
  unitRoleAllows,
  type MyOrganisationView,
  type MyUnitView,
  type OrganisationRole,
  type UnitPermission,
  type UnitRole,
} from '@mufakat/contracts';
import type { Organisation, Unit } from '@mufakat/persistence';
import { DomainError } from '../common/domain-error';
import { MembershipsRepository } from './memberships.repository';

const RANK: Record<UnitRole, number> = { viewer: 0, officer: 1, admin: 2 };

/** The stronger of a unit role and the role an organisation role carries into the unit. */
export function effectiveUnitRole(unitRole: UnitRole | null, organisationRole: OrganisationRole | null): UnitRole | null {
  const carried = organisationRole ? ORGANISATION_ROLE_IN_UNITS[organisationRole] : null;
  if (!unitRole) return carried;
  if (!carried) return unitRole;
  return RANK[carried] > RANK[unitRole] ? carried : unitRole;
}

/**
 * Who may do what on a unit's follow-up board and membership, decided on the server from unit and organisation
 * roles: an organisation's admin or viewer acts as admin or viewer in every one of its units.
 */
@Injectable()
export class UnitAccessService {
  constructor(@Inject(MembershipsRepository) private readonly members: MembershipsRepository) {}

  /** The unit and the caller's role in it, if the role grants the permission; a unit they have no role in looks absent. */
  async require(unitId: string, userId: string, permission: UnitPermission): Promise<{ unit: Unit & { organisation: Organisation }; role: UnitRole }> {
    const found = await this.members.unitWithRoles(unitId, userId);
    const role = found ? effectiveUnitRole(found.unitRole, found.organisationRole) : null;
    if (!found || !role) throw new DomainError('NOT_FOUND', 'Unit not found');
    if (!unitRoleAllows(role, permission)) throw new DomainError('FORBIDDEN', `Your role in this unit (${role}) may not do this`);
    return { unit: found.unit, role };
  }

  /** The caller's role in the organisation; `admin` asks for the admin role. */
  async requireOrganisation(organisationId: string, userId: string, admin = false): Promise<{ organisation: Organisation; role: OrganisationRole }> {
    const member = await this.members.organisationRole(organisationId, userId);
    if (!member?.organisation) throw new DomainError('NOT_FOUND', 'Organisation not found');
    if (admin && member.role !== 'admin') throw new DomainError('FORBIDDEN', `Your role in this organisation (${member.role}) may not do this`);
    return { organisation: member.organisation, role: member.role };
  }

  /** Every unit the staff member has a role in, directly or through its organisation, by name. */
  async myUnits(userId: string): Promise<MyUnitView[]> {
    const [unitMemberships, organisationMemberships] = await Promise.all([this.members.unitMemberships(userId), this.members.organisationMemberships(userId)]);
    const units = new Map<string, { unit: Unit & { organisation?: Organisation }; unitRole: UnitRole | null; organisationRole: OrganisationRole | null }>();
    for (const membership of organisationMemberships) {
      for (const unit of await this.members.unitsOfOrganisation(membership.organisationId)) {
        units.set(unit.id, { unit, unitRole: null, organisationRole: membership.role });
      }
    }
    for (const membership of unitMemberships) {
      if (!membership.unit) continue;
      const known = units.get(membership.unitId);
      units.set(membership.unitId, { unit: membership.unit, unitRole: membership.role, organisationRole: known?.organisationRole ?? null });
    }
    return [...units.values()]
      .map(({ unit, unitRole, organisationRole }) => ({
        id: unit.id,
        name: unit.name,
        organisation: { id: unit.organisationId, name: unit.organisation?.name ?? '' },
        role: effectiveUnitRole(unitRole, organisationRole) as UnitRole,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id));
  }

  async myOrganisations(userId: string): Promise<MyOrganisationView[]> {
    return (await this.members.organisationMemberships(userId)).map((m) => ({ id: m.organisationId, name: m.organisation?.name ?? '', role: m.role }));
  }
}
