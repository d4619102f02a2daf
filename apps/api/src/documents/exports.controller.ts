import { Controller, Get, Inject, Param, Query, Res, UseGuards } from '@nestjs/common';
import { CSV_SEPARATORS, defaultCsvSeparator, EXPORT_FORMATS, EXPORT_KINDS, type CsvSeparator, type ExportFormat, type ExportKind } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import type { Response } from 'express';
import { uuidParam } from '../common/uuid-param';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { DomainError } from '../common/domain-error';
import { ExportsService } from './exports.service';

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

@Controller('api/forums/:forumId/exports')
@UseGuards(StaffSessionGuard)
export class ExportsController {
  constructor(@Inject(ExportsService) private readonly exports: ExportsService) {}

  @Get(':kind.:format')
  async download(
    @CurrentStaff() staff: StaffUser,
    @Param('forumId', uuidParam) forumId: string,
    @Param('kind') kind: string,
    @Param('format') format: string,
    @Query('lang') lang: string | undefined,
    @Query('sep') sep: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    if (!(EXPORT_KINDS as readonly string[]).includes(kind) || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new DomainError('NOT_FOUND', 'Unknown export');
    }
    const language = lang === 'en' ? 'en' : 'id';
    const separator = (CSV_SEPARATORS as readonly string[]).includes(sep ?? '') ? (sep as CsvSeparator) : defaultCsvSeparator(language);
    const data = await this.exports.export(forumId, staff.id, kind as ExportKind, format as ExportFormat, language, separator);
    response.setHeader('Content-Type', MIME[format as ExportFormat]);
    response.setHeader('Content-Disposition', `attachment; filename="${kind}.${format}"`);
    response.send(data);
  }
}
