import { Controller, Get, Inject, Param, Res, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { DOCUMENT_FORMATS, type DocumentFormat, type PublicVersionView, type VerifyHashResult } from '@mufakat/contracts';
import type { Response } from 'express';
import { DomainError } from '../common/domain-error';
import { PUBLIC_THROTTLERS, PublicThrottlerGuard } from '../limits/public-throttler.guard';
import { VerificationService } from './verification.service';

const MIME: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const [LOOKUP_LIMIT, DOWNLOAD_LIMIT] = PUBLIC_THROTTLERS;
const LOOKUPS = `RATE_LIMITED past ${LOOKUP_LIMIT.limit} lookups a minute from one address; Retry-After says when to try again`;
const DOWNLOADS = `RATE_LIMITED past ${DOWNLOAD_LIMIT.limit} downloads a minute from one address; Retry-After says when to try again`;

/** Public, no login: issued Berita Acara versions, checked by anyone, within the public limits per address. */
@ApiTags('public verification')
@Controller('api/public')
@UseGuards(PublicThrottlerGuard)
export class VerificationController {
  constructor(@Inject(VerificationService) private readonly verification: VerificationService) {}

  @Get('versions/:code')
  @ApiOperation({ summary: 'A document version by its short code (PublicVersionView): an issued one in full, a draft only as a draft' })
  @ApiOkResponse({ description: 'PublicVersionView' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no version has this code' })
  @ApiTooManyRequestsResponse({ description: LOOKUPS })
  @SkipThrottle({ 'public-download': true })
  version(@Param('code') code: string): Promise<PublicVersionView> {
    return this.verification.byCode(code);
  }

  @Get('verify/:sha256')
  @ApiOperation({ summary: 'The issued version whose PDF or DOCX has this hex SHA-256 (VerifyHashResult)' })
  @ApiOkResponse({ description: 'VerifyHashResult' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no file with this hash was issued here' })
  @ApiTooManyRequestsResponse({ description: LOOKUPS })
  @SkipThrottle({ 'public-download': true })
  verify(@Param('sha256') sha256: string): Promise<VerifyHashResult> {
    return this.verification.byHash(sha256);
  }

  @Get('versions/:code/berita-acara.:format')
  @ApiOperation({ summary: "An issued version's PDF or DOCX; the X-Content-SHA256 header carries its recorded hash" })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: unknown code, a draft, or an unknown format' })
  @ApiTooManyRequestsResponse({ description: DOWNLOADS })
  @SkipThrottle({ 'public-lookup': true })
  async download(@Param('code') code: string, @Param('format') format: string, @Res() response: Response): Promise<void> {
    if (!(DOCUMENT_FORMATS as readonly string[]).includes(format)) throw new DomainError('NOT_FOUND', 'Unknown document format');
    const file = await this.verification.file(code, format as DocumentFormat);
    response.setHeader('Content-Type', MIME[format as DocumentFormat]);
    response.setHeader('X-Content-SHA256', file.sha256);
    response.download(file.path, file.name);
  }
}
