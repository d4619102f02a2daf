import { Inject, UseFilters } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { LiveEvent, type Ack } from '@mufakat/contracts';
import { ok } from '../live/live-ack';
import { LIVE_GATEWAY_OPTIONS } from '../live/live-gateway.options';
import { LivePayloadPipe } from '../live/live-payload.pipe';
import { CurrentSession, requireAttendee } from '../live/live-session.decorator';
import type { LiveSession } from '../live/live-session';
import { WsAckFilter } from '../live/ws-ack.filter';
import { LiveRateLimit } from '../limits/live-rate-limit.guard';
import { LIVE_RATE_LIMITS } from '../limits/live-rate-limits';
import { SendReactionDto } from './dto/send-reaction.dto';
import { ReactionsService } from './reactions.service';
import type { LiveHandlers } from '../live/live-handler';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseFilters(WsAckFilter)
export class ReactionsGateway implements LiveHandlers<'react'> {
  constructor(@Inject(ReactionsService) private readonly reactions: ReactionsService) {}

  @SubscribeMessage(LiveEvent.react)
  @LiveRateLimit(LIVE_RATE_LIMITS.reactions)
  react(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: SendReactionDto): Ack<{ sent: true }> {
    const attendee = requireAttendee(session);
    return ok(this.reactions.send(attendee.forumId, dto.kind));
  }
}
