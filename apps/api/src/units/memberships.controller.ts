import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import type { MemberView, MyOrganisationView, MyUnitView } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { uuidParam } from '../common/uuid-param';
import { AddOrganisationMemberDto, AddUnitMemberDto } from './dto/add-member.dto';
import { MembershipsService } from './memberships.service';
import { UnitAccessService } from './unit-access.service';

/** The staff member's units and organisations, and their membership (managed by their admins). */
@Controller('api')
@UseGuards(StaffSessionGuard)
export class MembershipsController {
  constructor(
    @Inject(MembershipsService) private readonly memberships: MembershipsService,
    @Inject(UnitAccessService) private readonly access: UnitAccessService,
  ) {}

  @Get('units')
  myUnits(@CurrentStaff() staff: StaffUser): Promise<MyUnitView[]> {
    return this.access.myUnits(staff.id);
  }

  @Get('organisations')
  myOrganisations(@CurrentStaff() staff: StaffUser): Promise<MyOrganisationView[]> {
    return this.access.myOrganisations(staff.id);
  }

  @Get('units/:unitId/members')
  unitMembers(@CurrentStaff() staff: StaffUser, @Param('unitId', uuidParam) unitId: string): Promise<MemberView[]> {
    return this.memberships.unitMembers(unitId, staff.id);
  }

  @Post('units/:unitId/members')
  addUnitMember(@CurrentStaff() staff: StaffUser, @Param('unitId', uuidParam) unitId: string, @Body() dto: AddUnitMemberDto): Promise<MemberView[]> {
    return this.memberships.addUnitMember(unitId, staff.id, dto.email, dto.role);
  }

  @Delete('units/:unitId/members/:userId')
  @HttpCode(204)
  removeUnitMember(@CurrentStaff() staff: StaffUser, @Param('unitId', uuidParam) unitId: string, @Param('userId', uuidParam) userId: string): Promise<void> {
    return this.memberships.removeUnitMember(unitId, staff.id, userId);
  }

  @Get('organisations/:organisationId/members')
  organisationMembers(@CurrentStaff() staff: StaffUser, @Param('organisationId', uuidParam) organisationId: string): Promise<MemberView[]> {
    return this.memberships.organisationMembers(organisationId, staff.id);
  }

  @Post('organisations/:organisationId/members')
  addOrganisationMember(
    @CurrentStaff() staff: StaffUser,
    @Param('organisationId', uuidParam) organisationId: string,
    @Body() dto: AddOrganisationMemberDto,
  ): Promise<MemberView[]> {
    return this.memberships.addOrganisationMember(organisationId, staff.id, dto.email, dto.role);
  }

  @Delete('organisations/:organisationId/members/:userId')
  @HttpCode(204)
  removeOrganisationMember(
    @CurrentStaff() staff: StaffUser,
    @Param('organisationId', uuidParam) organisationId: string,
    @Param('userId', uuidParam) userId: string,
  ): Promise<void> {
    return this.memberships.removeOrganisationMember(organisationId, staff.id, userId);
  }
}
