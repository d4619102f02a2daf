import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RepresentativeView } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import { DataSource } from 'typeorm';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { ForumAccessService } from '../forums/forum-access.service';
import { AddRepresentativeDto } from './dto/add-representative.dto';
import { SigningService } from './signing.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@Controller('api/forums/:forumId/representatives')
@UseGuards(StaffSessionGuard)
export class RepresentativesController {
  constructor(
    @Inject(SigningService) private readonly signing: SigningService,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Get()
  async list(@CurrentStaff() staff: StaffUser, @Param('forumId', uuid) forumId: string): Promise<RepresentativeView[]> {
    await this.access.require(forumId, staff.id, 'viewForum');
    return this.signing.list(this.db.manager, forumId);
  }

  @Post()
  add(@CurrentStaff() staff: StaffUser, @Param('forumId', uuid) forumId: string, @Body() dto: AddRepresentativeDto): Promise<RepresentativeView> {
    return this.signing.add(forumId, staff.id, dto);
  }

  @Delete(':representativeId')
  @HttpCode(204)
  remove(@CurrentStaff() staff: StaffUser, @Param('forumId', uuid) forumId: string, @Param('representativeId', uuid) id: string): Promise<void> {
    return this.signing.remove(forumId, staff.id, id);
  }
}
