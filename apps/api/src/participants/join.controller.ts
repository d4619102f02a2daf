import { Body, Controller, Get, Header, Inject, Param, Post, Req, StreamableFile } from '@nestjs/common';
import type { JoinInfo, RegisterParticipantResponse } from '@mufakat/contracts';
import type { Request } from 'express';
import { RegisterParticipantDto } from './dto/register-participant.dto';
import { JoinQrService } from './join-qr.service';
import { ParticipantsService } from './participants.service';

/** Public routes an attendee's phone (and the projector's QR) use; no account needed. */
@Controller('api/join')
export class JoinController {
  constructor(
    @Inject(ParticipantsService) private readonly participants: ParticipantsService,
    @Inject(JoinQrService) private readonly qr: JoinQrService,
  ) {}

  @Get(':code')
  info(@Param('code') code: string): Promise<JoinInfo> {
    return this.participants.joinInfo(code);
  }

  /**
   * `req.ip` believes X-Forwarded-For only from the trusted proxies (TRUST_PROXY), so a client cannot pick its address.
   * A well-formed registration is answered before Nest's router by RegistrationFastPath (the same service call);
   * this route answers the rest, refusals of bad input included, and documents the route.
   */
  @Post(':code/participants')
  register(@Param('code') code: string, @Body() dto: RegisterParticipantDto, @Req() req: Request): Promise<RegisterParticipantResponse> {
    return this.participants.register(code, dto, req.ip ?? req.socket.remoteAddress ?? 'unknown');
  }

  @Get(':code/qr.svg')
  @Header('content-type', 'image/svg+xml')
  @Header('cache-control', 'public, max-age=300')
  async qrSvg(@Param('code') code: string): Promise<string> {
    const info = await this.participants.joinInfo(code);
    return this.qr.svg(info.joinCode);
  }

  @Get(':code/qr.png')
  @Header('content-type', 'image/png')
  @Header('cache-control', 'public, max-age=300')
  async qrPng(@Param('code') code: string): Promise<StreamableFile> {
    const info = await this.participants.joinInfo(code);
    return new StreamableFile(await this.qr.png(info.joinCode));
  }
}
