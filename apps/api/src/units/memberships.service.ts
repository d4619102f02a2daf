import { Inject, Injectable } from '@nestjs/common';
import type { MemberView, OrganisationRole, UnitRole } from '@mufakat/contracts';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { knownError } from '../common/known-error';
import { MembershipsRepository } from './memberships.repository';
import { UnitAccessService } from './unit-access.service';

/** Unit and organisation membership, managed by their admins, every change audited. */
@Injectable()
export class MembershipsService {
  constructor(
    @Inject(MembershipsRepository) private readonly members: MembershipsRepository,
    @Inject(UnitAccessService) private readonly access: UnitAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async unitMembers(unitId: string, userId: string): Promise<MemberView[]> {
    await this.access.require(unitId, userId, 'viewFollowUps');
    return (await this.members.unitMembers(unitId)).map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email, role: m.role }));
  }

  async addUnitMember(unitId: string, userId: string, email: string, role: UnitRole): Promise<MemberView[]> {
    await this.access.require(unitId, userId, 'manageUnit');
    await this.members.transaction(async (manager) => {
      await this.members.lockUnit(manager, unitId);
      const staff = await this.members.staffByEmail(email, manager);
      if (!staff) throw knownError('noStaffAccount');
      const wasAdmin = (await this.members.unitWithRoles(unitId, staff.id, manager))?.unitRole === 'admin';
      await this.members.upsertUnitMember(manager, unitId, staff.id, role);
      // Only a demotion can take the last admin away; a unit run by its organisation's admins may have none of its own.
      if (wasAdmin && role !== 'admin' && (await this.members.countUnitAdmins(manager, unitId)) === 0) throw lastAdmin('unit');
      await this.audit.record(manager, {
        forumId: null,
        actorUserId: userId,
        action: 'unit.member.add',
        subjectId: unitId,
        details: { userId: staff.id, role },
      });
    });
    return this.unitMembers(unitId, userId);
  }

  async removeUnitMember(unitId: string, userId: string, memberId: string): Promise<void> {
    await this.access.require(unitId, userId, 'manageUnit');
    await this.members.transaction(async (manager) => {
      await this.members.lockUnit(manager, unitId);
      const removed = await this.members.removeUnitMember(manager, unitId, memberId);
      if (!removed) throw new DomainError('NOT_FOUND', 'This person is not a member of the unit');
      if (removed.role === 'admin' && (await this.members.countUnitAdmins(manager, unitId)) === 0) throw lastAdmin('unit');
      await this.audit.record(manager, {
        forumId: null,
        actorUserId: userId,
        action: 'unit.member.remove',
        subjectId: unitId,
        details: { userId: memberId, role: removed.role },
      });
    });
  }

  async organisationMembers(organisationId: string, userId: string): Promise<MemberView[]> {
    await this.access.requireOrganisation(organisationId, userId);
    return (await this.members.organisationMembers(organisationId)).map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email, role: m.role }));
  }

  async addOrganisationMember(organisationId: string, userId: string, email: string, role: OrganisationRole): Promise<MemberView[]> {
    await this.access.requireOrganisation(organisationId, userId, true);
    await this.members.transaction(async (manager) => {
      await this.members.lockOrganisation(manager, organisationId);
      const staff = await this.members.staffByEmail(email, manager);
      if (!staff) throw knownError('noStaffAccount');
      await this.members.upsertOrganisationMember(manager, organisationId, staff.id, role);
      if ((await this.members.countOrganisationAdmins(manager, organisationId)) === 0) throw lastAdmin('organisation');
      await this.audit.record(manager, {
        forumId: null,
        actorUserId: userId,
        action: 'organisation.member.add',
        subjectId: organisationId,
        details: { userId: staff.id, role },
      });
    });
    return this.organisationMembers(organisationId, userId);
  }

  async removeOrganisationMember(organisationId: string, userId: string, memberId: string): Promise<void> {
    await this.access.requireOrganisation(organisationId, userId, true);
    await this.members.transaction(async (manager) => {
      await this.members.lockOrganisation(manager, organisationId);
      const removed = await this.members.removeOrganisationMember(manager, organisationId, memberId);
      if (!removed) throw new DomainError('NOT_FOUND', 'This person is not a member of the organisation');
      if ((await this.members.countOrganisationAdmins(manager, organisationId)) === 0) throw lastAdmin('organisation');
      await this.audit.record(manager, {
        forumId: null,
        actorUserId: userId,
        action: 'organisation.member.remove',
        subjectId: organisationId,
        details: { userId: memberId, role: removed.role },
      });
    });
  }
}

function lastAdmin(of: 'unit' | 'organisation'): DomainError {
  return new DomainError('CONFLICT', `The ${of} keeps at least one admin`);
}
