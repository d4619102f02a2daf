import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DOCUMENT_FORMATS, DOCUMENT_LANGUAGES, type DocumentFormat, type FkpReportView } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import type { Response } from 'express';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { DomainError } from '../common/domain-error';
import { uuidParam } from '../common/uuid-param';
import { GenerateFkpReportDto } from './dto/generate-fkp-report.dto';
import { FkpReportsService } from './fkp-reports.service';

const MIME: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The FKP implementation report (laporan pelaksanaan): the organiser's, for the unit's oversight. */
@ApiTags('fkp reports')
@Controller('api/forums/:forumId/reports')
@UseGuards(StaffSessionGuard)
export class FkpReportsController {
  constructor(@Inject(FkpReportsService) private readonly reports: FkpReportsService) {}

  @Get()
  @ApiOperation({ summary: "The forum's FKP reports, newest first (FkpReportView[]), with status and progress" })
  @ApiOkResponse({ description: 'FkpReportView[]' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the role may not manage documents (organiser only)' })
  list(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string): Promise<FkpReportView[]> {
    return this.reports.list(forumId, staff.id);
  }

  /** Accepted, not done: the report is written in the background and its progress arrives live. */
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Generate the FKP report (PDF and DOCX) in a language; written in the background' })
  @ApiBody({ schema: { type: 'object', properties: { language: { type: 'string', enum: [...DOCUMENT_LANGUAGES] } } } })
  @ApiAcceptedResponse({ description: 'FkpReportView, queued' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the role may not manage documents (organiser only)' })
  generate(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Body() dto: GenerateFkpReportDto): Promise<FkpReportView> {
    return this.reports.request(forumId, staff.id, dto.language ?? 'id');
  }

  @Get(':reportId/laporan-fkp.:format')
  @ApiOperation({ summary: "A ready report's PDF or DOCX; the X-Content-SHA256 header carries its recorded hash" })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the role may not manage documents (organiser only)' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: unknown report or format' })
  async download(
    @CurrentStaff() staff: StaffUser,
    @Param('forumId', uuidParam) forumId: string,
    @Param('reportId', uuidParam) reportId: string,
    @Param('format') format: string,
    @Res() response: Response,
  ): Promise<void> {
    if (!(DOCUMENT_FORMATS as readonly string[]).includes(format)) throw new DomainError('NOT_FOUND', 'Unknown document format');
    const file = await this.reports.file(forumId, staff.id, reportId, format as DocumentFormat);
    response.setHeader('Content-Type', MIME[format as DocumentFormat]);
    response.setHeader('X-Content-SHA256', file.sha256);
    response.download(file.path, file.name);
  }
}
