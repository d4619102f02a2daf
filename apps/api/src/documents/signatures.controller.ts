import { Body, Controller, Get, Header, Headers, Inject, Param, ParseIntPipe, Post, StreamableFile } from '@nestjs/common';
import type { DocumentPagesView, SigningTask } from '@mufakat/contracts';
import { uuidParam } from '../common/uuid-param';
import { DomainError } from '../common/domain-error';
import { ParticipantsService } from '../participants/participants.service';
import { SignDocumentDto } from './dto/sign-document.dto';
import { DocumentPagesService } from './document-pages.service';
import { SigningService } from './signing.service';

/** Attendees sign from their phones, known by the attendee token they registered with. */
@Controller('api/forums/:forumId/signatures')
export class SignaturesController {
  constructor(
    @Inject(SigningService) private readonly signing: SigningService,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(DocumentPagesService) private readonly pages: DocumentPagesService,
  ) {}

  /** A representative reads the version on the phone before signing it: how many pages it has. */
  @Get('documents/:documentId/pages')
  async pageCount(
    @Param('forumId', uuidParam) forumId: string,
    @Param('documentId', uuidParam) documentId: string,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<DocumentPagesView> {
    return this.pages.pages(forumId, await this.attendee(forumId, authorization), documentId);
  }

  @Get('documents/:documentId/pages/:page.png')
  @Header('Content-Type', 'image/png')
  @Header('Cache-Control', 'private, max-age=86400, immutable')
  async page(
    @Param('forumId', uuidParam) forumId: string,
    @Param('documentId', uuidParam) documentId: string,
    @Param('page', ParseIntPipe) page: number,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.pages.page(forumId, await this.attendee(forumId, authorization), documentId, page));
  }

  @Post()
  async sign(
    @Param('forumId', uuidParam) forumId: string,
    @Headers('authorization') authorization: string | undefined,
    @Body() dto: SignDocumentDto,
  ): Promise<SigningTask> {
    return this.signing.sign(forumId, await this.attendee(forumId, authorization), dto.documentId, dto.signaturePng);
  }

  private async attendee(forumId: string, authorization: string | undefined): Promise<string> {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    const participant = token ? await this.participants.findByToken(forumId, token) : null;
    if (!participant) throw new DomainError('UNAUTHENTICATED', 'Join the forum first');
    return participant.id;
  }
}
