import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res, UseGuards } from '@nestjs/common';
import { DOCUMENT_FORMATS, type DocumentFormat, type DocumentVersionView, type RevisionView } from '@mufakat/contracts';
import type { StaffUser } from '@mufakat/persistence';
import type { Response } from 'express';
import { uuidParam } from '../common/uuid-param';
import { CurrentStaff, StaffSessionGuard } from '../auth/staff-session.guard';
import { DomainError } from '../common/domain-error';
import { DocumentsService } from './documents.service';
import { GenerateDocumentDto } from './dto/generate-document.dto';
import { ReviseDocumentsDto } from './dto/revise-documents.dto';

const MIME: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

@Controller('api/forums/:forumId/documents')
@UseGuards(StaffSessionGuard)
export class DocumentsController {
  constructor(@Inject(DocumentsService) private readonly documents: DocumentsService) {}

  @Get()
  list(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string): Promise<DocumentVersionView[]> {
    return this.documents.list(forumId, staff.id);
  }

  /** Accepted, not done: the version is generated in the background and its progress arrives live. */
  @Post()
  @HttpCode(202)
  generate(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Body() dto: GenerateDocumentDto): Promise<DocumentVersionView> {
    return this.documents.request(forumId, staff.id, dto.language ?? 'id');
  }

  /** Accepted: the final version, with its number, is generated in the background like any other. */
  @Post(':documentId/finalise')
  @HttpCode(202)
  finalise(
    @CurrentStaff() staff: StaffUser,
    @Param('forumId', uuidParam) forumId: string,
    @Param('documentId', uuidParam) documentId: string,
  ): Promise<DocumentVersionView> {
    return this.documents.finalise(forumId, staff.id, documentId);
  }

  /** Opens the final record to change: signatures are voided (kept), a new round of signing and finalising follows. */
  @Post('revise')
  @HttpCode(200)
  revise(@CurrentStaff() staff: StaffUser, @Param('forumId', uuidParam) forumId: string, @Body() dto: ReviseDocumentsDto): Promise<RevisionView> {
    return this.documents.revise(forumId, staff.id, dto.reason);
  }

  @Get(':documentId/berita-acara.:format')
  async download(
    @CurrentStaff() staff: StaffUser,
    @Param('forumId', uuidParam) forumId: string,
    @Param('documentId', uuidParam) documentId: string,
    @Param('format') format: string,
    @Res() response: Response,
  ): Promise<void> {
    if (!(DOCUMENT_FORMATS as readonly string[]).includes(format)) throw new DomainError('NOT_FOUND', 'Unknown document format');
    const file = await this.documents.file(forumId, staff.id, documentId, format as DocumentFormat);
    response.setHeader('Content-Type', MIME[format as DocumentFormat]);
    // The recorded hash travels with the file, so whoever downloads it can check what they got.
    response.setHeader('X-Content-SHA256', file.sha256);
    response.download(file.path, file.name);
  }
}
