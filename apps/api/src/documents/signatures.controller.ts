import { Body, Controller, Headers, Inject, Param, Post } from '@nestjs/common';
import type { SigningTask } from '@mufakat/contracts';
import { uuidParam } from '../common/uuid-param';
import { DomainError } from '../common/domain-error';
import { ParticipantsService } from '../participants/participants.service';
import { SignDocumentDto } from './dto/sign-document.dto';
import { SigningService } from './signing.service';

/** Attendees sign from their phones, known by the attendee token they registered with. */
@Controller('api/forums/:forumId/signatures')
export class SignaturesController {
  constructor(
    @Inject(SigningService) private readonly signing: SigningService,
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
  ) {}

  @Post()
  async sign(
    @Param('forumId', uuidParam) forumId: string,
    @Headers('authorization') authorization: string | undefined,
    @Body() dto: SignDocumentDto,
  ): Promise<SigningTask> {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    const participant = token ? await this.participants.findByToken(forumId, token) : null;
    if (!participant) throw new DomainError('UNAUTHENTICATED', 'Join the forum first');
    return this.signing.sign(forumId, participant.id, dto.documentId, dto.signaturePng);
  }
}
