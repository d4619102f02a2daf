import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import type { ForumDetail, ForumMemberView, ForumSummary } from '@mufakat/contracts';
import { uuidParam } from '../common/uuid-param';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { CreateForumDto } from './dto/create-forum.dto';
import { InviteMemberDto } from './dto/invite-member.dto';
import { ForumsService } from './forums.service';
import type { StaffUser } from '@mufakat/persistence';

@Controller('api/forums')
@UseGuards(StaffSessionGuard)
export class ForumsController {
  constructor(@Inject(ForumsService) private readonly forums: ForumsService) {}

  @Get()
  list(@CurrentStaff() staff: StaffUser): Promise<ForumSummary[]> {
    return this.forums.listMine(staff);
  }

  @Post()
  create(@CurrentStaff() staff: StaffUser, @Body() dto: CreateForumDto): Promise<ForumDetail> {
    return this.forums.create(staff, dto);
  }

  @Get(':forumId')
  detail(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string): Promise<ForumDetail> {
    return this.forums.detail(staff, forumId);
  }

  @Post(':forumId/publish')
  @HttpCode(200)
  publish(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string): Promise<ForumDetail> {
    return this.forums.publish(staff, forumId);
  }

  @Post(':forumId/members')
  invite(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Body() dto: InviteMemberDto): Promise<ForumMemberView> {
    return this.forums.invite(staff, forumId, dto);
  }

  @Delete(':forumId/members/:userId')
  @HttpCode(204)
  removeMember(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Param('userId', uuidParam) userId: string): Promise<void> {
    return this.forums.removeMember(staff, forumId, userId);
  }
}
