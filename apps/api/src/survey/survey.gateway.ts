import { Inject, UseFilters } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { LiveEvent, type Ack, type SurveyState } from '@mufakat/contracts';
import { ok } from '../live/live-ack';
import { LIVE_GATEWAY_OPTIONS } from '../live/live-gateway.options';
import { LivePayloadPipe } from '../live/live-payload.pipe';
import { CurrentSession, requireAttendee, requireStaff } from '../live/live-session.decorator';
import type { LiveSession } from '../live/live-session';
import { WsAckFilter } from '../live/ws-ack.filter';
import { SetSurveyOpenDto } from './dto/set-survey-open.dto';
import { SubmitSurveyDto } from './dto/submit-survey.dto';
import { SurveyService } from './survey.service';
import type { LiveHandlers } from '../live/live-handler';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseFilters(WsAckFilter)
export class SurveyGateway implements LiveHandlers<'setSurveyOpen' | 'submitSurvey'> {
  constructor(@Inject(SurveyService) private readonly survey: SurveyService) {}

  @SubscribeMessage(LiveEvent.setSurveyOpen)
  async setSurveyOpen(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: SetSurveyOpenDto): Promise<Ack<SurveyState>> {
    const staff = requireStaff(session);
    return ok(await this.survey.setOpen(staff.forumId, staff.userId, dto.open));
  }

  @SubscribeMessage(LiveEvent.submitSurvey)
  async submitSurvey(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: SubmitSurveyDto): Promise<Ack<{ scores: number[] }>> {
    const attendee = requireAttendee(session);
    return ok(await this.survey.submit(attendee.forumId, attendee.participantId, dto.scores));
  }
}
