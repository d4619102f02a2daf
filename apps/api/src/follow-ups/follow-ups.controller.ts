import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res, UploadedFiles, UseGuards, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ACCOUNTABILITY_LIMITS, type FollowUpBoardView, type OrganisationUnitsView } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import type { Response } from 'express';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { uuidParam } from '../common/uuid-param';
import { BoardQueryDto } from './dto/board-query.dto';
import { CreateActionDto } from './dto/create-action.dto';
import { DropActionDto } from './dto/drop-action.dto';
import { PostUpdateDto } from './dto/post-update.dto';
import { FollowUpBoardService } from './follow-up-board.service';
import { FollowUpTracker, type EvidenceUpload } from './follow-up-tracker.service';

/** The staff follow-up board of a unit, its updates and evidence, and an organisation's units side by side. */
@Controller('api')
@UseGuards(StaffSessionGuard)
export class FollowUpsController {
  constructor(
    @Inject(FollowUpBoardService) private readonly board: FollowUpBoardService,
    @Inject(FollowUpTracker) private readonly tracker: FollowUpTracker,
  ) {}

  @Get('units/:unitId/follow-ups')
  list(@CurrentStaff() staff: StaffUser, @Param('unitId', uuidParam) unitId: string, @Query() filter: BoardQueryDto): Promise<FollowUpBoardView> {
    return this.board.board(unitId, staff.id, filter);
  }

  @Post('units/:unitId/follow-ups')
  async add(@CurrentStaff() staff: StaffUser, @Param('unitId', uuidParam) unitId: string, @Body() dto: CreateActionDto): Promise<FollowUpBoardView> {
    await this.tracker.addAction(unitId, staff.id, dto);
    return this.board.board(unitId, staff.id, {});
  }

  @Post('follow-ups/:actionId/updates')
  @HttpCode(201)
  @UseInterceptors(
    FilesInterceptor('evidence', ACCOUNTABILITY_LIMITS.evidencePerUpdate, {
      limits: { fileSize: ACCOUNTABILITY_LIMITS.evidenceBytes, files: ACCOUNTABILITY_LIMITS.evidencePerUpdate },
    }),
  )
  update(
    @CurrentStaff() staff: StaffUser,
    @Param('actionId', uuidParam) actionId: string,
    @Body() dto: PostUpdateDto,
    @UploadedFiles() files: EvidenceUpload[] | undefined,
  ): Promise<void> {
    return this.tracker.postUpdate(actionId, staff.id, { ...dto, note: dto.note ?? '' }, files ?? []);
  }

  @Post('follow-ups/:actionId/drop')
  @HttpCode(204)
  drop(@CurrentStaff() staff: StaffUser, @Param('actionId', uuidParam) actionId: string, @Body() dto: DropActionDto): Promise<void> {
    return this.tracker.drop(actionId, staff.id, dto.reason);
  }

  @Get('follow-ups/evidence/:evidenceId')
  async evidence(@CurrentStaff() staff: StaffUser, @Param('evidenceId', uuidParam) evidenceId: string, @Res() response: Response): Promise<void> {
    const file = await this.board.evidenceFile(evidenceId, staff.id);
    sendEvidence(response, file);
  }

  @Get('organisations/:organisationId/units')
  organisationUnits(@CurrentStaff() staff: StaffUser, @Param('organisationId', uuidParam) organisationId: string): Promise<OrganisationUnitsView> {
    return this.board.organisationUnits(organisationId, staff.id);
  }
}

/** Uploaded bytes: served as the type they were checked as, never sniffed into another, downloaded under their name. */
export function sendEvidence(response: Response, file: { mime: string; name: string; data: Buffer }): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
  response.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`);
  response.type(file.mime).send(file.data);
}
