import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import type { RepresentativeView } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import { uuidParam } from '../common/uuid-param';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { AddRepresentativeDto } from './dto/add-representative.dto';
import { AddStaffSignatoryDto } from './dto/add-staff-signatory.dto';
import { SigningService } from './signing.service';

@Controller('api/forums/:forumId/representatives')
@UseGuards(StaffSessionGuard)
export class RepresentativesController {
  constructor(@Inject(SigningService) private readonly signing: SigningService) {}

  @Get()
  list(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string): Promise<RepresentativeView[]> {
    return this.signing.listFor(forumId, staff.id);
  }

  @Post()
  add(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Body() dto: AddRepresentativeDto): Promise<RepresentativeView> {
    return this.signing.add(forumId, staff.id, dto);
  }

  /** The provider's signatory: a staff member of the forum, signing from the console as the head of unit. */
  @Post('staff')
  addStaff(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Body() dto: AddStaffSignatoryDto): Promise<RepresentativeView> {
    return this.signing.addStaff(forumId, staff.id, dto);
  }

  @Delete(':representativeId')
  @HttpCode(204)
  remove(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Param('representativeId', uuidParam) id: string): Promise<void> {
    return this.signing.remove(forumId, staff.id, id);
  }
}
