import { Inject, UseFilters } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { LiveEvent, type Ack, type SpeakerView } from '@mufakat/contracts';
import { ok } from '../live/live-ack';
import { LIVE_GATEWAY_OPTIONS } from '../live/live-gateway.options';
import { LivePayloadPipe } from '../live/live-payload.pipe';
import { CurrentSession, requireAttendee, requireStaff } from '../live/live-session.decorator';
import type { LiveSession } from '../live/live-session';
import { WsAckFilter } from '../live/ws-ack.filter';
import { EmptyDto } from './dto/empty.dto';
import { GiveFloorDto } from './dto/give-floor.dto';
import { ReorderSpeakersDto } from './dto/reorder-speakers.dto';
import { SpeakerRequestIdDto } from './dto/speaker-request-id.dto';
import { SpeakersService } from './speakers.service';
import type { LiveHandlers } from '../live/live-handler';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseFilters(WsAckFilter)
export class SpeakersGateway implements LiveHandlers<'raiseHand' | 'lowerHand' | 'reorderSpeakers' | 'giveFloor' | 'endSpeaker'> {
  constructor(@Inject(SpeakersService) private readonly speakers: SpeakersService) {}

  @SubscribeMessage(LiveEvent.raiseHand)
  async raiseHand(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) _: EmptyDto): Promise<Ack<SpeakerView>> {
    const attendee = requireAttendee(session);
    return ok(await this.speakers.raiseHand(attendee.forumId, attendee.participantId));
  }

  @SubscribeMessage(LiveEvent.lowerHand)
  async lowerHand(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) _: EmptyDto): Promise<Ack<{ lowered: boolean }>> {
    const attendee = requireAttendee(session);
    return ok(await this.speakers.lowerHand(attendee.forumId, attendee.participantId));
  }

  @SubscribeMessage(LiveEvent.reorderSpeakers)
  async reorderSpeakers(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: ReorderSpeakersDto): Promise<Ack<SpeakerView[]>> {
    const staff = requireStaff(session);
    return ok(await this.speakers.reorder(staff.forumId, staff.userId, dto.orderedIds));
  }

  @SubscribeMessage(LiveEvent.giveFloor)
  async giveFloor(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: GiveFloorDto): Promise<Ack<SpeakerView>> {
    const staff = requireStaff(session);
    return ok(await this.speakers.giveFloor(staff.forumId, staff.userId, dto.requestId, dto.limitSeconds ?? null));
  }

  @SubscribeMessage(LiveEvent.endSpeaker)
  async endSpeaker(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: SpeakerRequestIdDto): Promise<Ack<SpeakerView>> {
    const staff = requireStaff(session);
    return ok(await this.speakers.end(staff.forumId, staff.userId, dto.requestId));
  }
}
