import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { RECORD_SETTINGS_LIMITS, type RecordSettingsView } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import type { Response } from 'express';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { uuidParam } from '../common/uuid-param';
import { RecordSettingsDto } from './dto/record-settings.dto';
import { RecordSettingsService } from './record-settings.service';

/** The Berita Acara's official form (letterhead, numbering, signatories) for a forum, kept on its unit. */
@Controller('api/forums/:forumId/record-settings')
@UseGuards(StaffSessionGuard)
export class RecordSettingsController {
  constructor(@Inject(RecordSettingsService) private readonly settings: RecordSettingsService) {}

  @Get()
  get(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string): Promise<RecordSettingsView> {
    return this.settings.get(forumId, staff.id);
  }

  @Put()
  update(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Body() dto: RecordSettingsDto): Promise<RecordSettingsView> {
    return this.settings.update(forumId, staff.id, dto);
  }

  @Post('logo')
  @UseInterceptors(FileInterceptor('logo', { limits: { fileSize: RECORD_SETTINGS_LIMITS.logoBytes, files: 1 } }))
  uploadLogo(
    @CurrentStaff() staff: StaffUser,
    @Param('forumId', uuidParam) forumId: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<RecordSettingsView> {
    return this.settings.uploadLogo(forumId, staff.id, file?.buffer);
  }

  @Get('logo')
  async logo(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Res() response: Response): Promise<void> {
    const logo = await this.settings.logo(forumId, staff.id);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.type(logo.mime).send(logo.data);
  }

  @Delete('logo')
  @HttpCode(204)
  removeLogo(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string): Promise<void> {
    return this.settings.removeLogo(forumId, staff.id);
  }
}
