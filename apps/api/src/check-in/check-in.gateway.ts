import { Inject, UseFilters } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { LiveEvent, type Ack, type CheckInCode, type CheckInResult, type CheckInState, type ParticipantView } from '@mufakat/contracts';
import { knownError } from '../common/known-error';
import { LIVE_RATE_LIMITS } from '../limits/live-rate-limits';
import { RateLimiter } from '../limits/rate-limiter.service';
import { ok } from '../live/live-ack';
import { LIVE_GATEWAY_OPTIONS } from '../live/live-gateway.options';
import type { LiveHandlers } from '../live/live-handler';
import { LivePayloadPipe } from '../live/live-payload.pipe';
import { CurrentSession, requireAttendee, requireStaff } from '../live/live-session.decorator';
import type { LiveSession } from '../live/live-session';
import { WsAckFilter } from '../live/ws-ack.filter';
import { AttendeeVoidService } from './attendee-void.service';
import { CheckInService } from './check-in.service';
import { CheckInCodeRequestDto } from './dto/check-in-code-request.dto';
import { ParticipantIdDto } from './dto/participant-id.dto';
import { SetCheckInDto } from './dto/set-check-in.dto';
import { SubmitCheckInDto } from './dto/submit-check-in.dto';
import { VoidAttendeeDto } from './dto/void-attendee.dto';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseFilters(WsAckFilter)
export class CheckInGateway implements LiveHandlers<'setCheckIn' | 'checkInCode' | 'checkIn' | 'confirmAttendance' | 'voidAttendee'> {
  constructor(
    @Inject(CheckInService) private readonly checkIns: CheckInService,
    @Inject(AttendeeVoidService) private readonly voids: AttendeeVoidService,
    @Inject(RateLimiter) private readonly limiter: RateLimiter,
  ) {}

  @SubscribeMessage(LiveEvent.setCheckIn)
  async setCheckIn(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: SetCheckInDto): Promise<Ack<CheckInState>> {
    const staff = requireStaff(session);
    return ok(await this.checkIns.setEnabled(staff.forumId, staff.userId, dto.enabled));
  }

  /** The projector's screen and staff (any role) may see the code; attendees never. */
  @SubscribeMessage(LiveEvent.checkInCode)
  async checkInCode(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) _: CheckInCodeRequestDto): Promise<Ack<CheckInCode>> {
    if (session.kind === 'attendee') throw knownError('staffOnly', { message: 'Only the projector and staff see the check-in code' });
    return ok(await this.checkIns.currentCode(session.forumId));
  }

  /** Counted per attendee once it is known to be one: anyone else is refused as such, not as too quick. */
  @SubscribeMessage(LiveEvent.checkIn)
  async checkIn(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: SubmitCheckInDto): Promise<Ack<CheckInResult>> {
    const attendee = requireAttendee(session);
    await this.limiter.consume(LIVE_RATE_LIMITS.checkIn, `attendee:${attendee.participantId}`);
    return ok(await this.checkIns.checkIn(attendee.forumId, attendee.participantId, dto.code));
  }

  @SubscribeMessage(LiveEvent.confirmAttendance)
  async confirmAttendance(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: ParticipantIdDto): Promise<Ack<ParticipantView>> {
    const staff = requireStaff(session);
    return ok(await this.checkIns.confirm(staff.forumId, staff.userId, dto.participantId));
  }

  @SubscribeMessage(LiveEvent.voidAttendee)
  async voidAttendee(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: VoidAttendeeDto): Promise<Ack<ParticipantView>> {
    const staff = requireStaff(session);
    return ok(await this.voids.void(staff.forumId, staff.userId, dto.participantId, dto.reason));
  }
}
