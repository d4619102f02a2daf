import { Inject, UseFilters } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { LiveEvent, type Ack, type AnswerPollResult, type PollView } from '@mufakat/contracts';
import { ok } from '../live/live-ack';
import { LIVE_GATEWAY_OPTIONS } from '../live/live-gateway.options';
import { LivePayloadPipe } from '../live/live-payload.pipe';
import { CurrentSession, requireAttendee, requireStaff } from '../live/live-session.decorator';
import type { LiveSession } from '../live/live-session';
import { WsAckFilter } from '../live/ws-ack.filter';
import { AnswerPollDto } from './dto/answer-poll.dto';
import { CreatePollDto } from './dto/create-poll.dto';
import { DeletePollDto } from './dto/delete-poll.dto';
import { SetPollResultsVisibleDto } from './dto/set-poll-results-visible.dto';
import { SetPollStatusDto } from './dto/set-poll-status.dto';
import { UpdatePollDto } from './dto/update-poll.dto';
import { PollsService } from './polls.service';
import type { LiveHandlers } from '../live/live-handler';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseFilters(WsAckFilter)
export class PollsGateway implements LiveHandlers<'createPoll' | 'updatePoll' | 'deletePoll' | 'setPollStatus' | 'setPollResultsVisible' | 'answerPoll'> {
  constructor(@Inject(PollsService) private readonly polls: PollsService) {}

  @SubscribeMessage(LiveEvent.createPoll)
  async createPoll(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: CreatePollDto): Promise<Ack<PollView>> {
    const staff = requireStaff(session);
    return ok(await this.polls.create(staff.forumId, staff.userId, dto));
  }

  @SubscribeMessage(LiveEvent.updatePoll)
  async updatePoll(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: UpdatePollDto): Promise<Ack<PollView>> {
    const staff = requireStaff(session);
    return ok(await this.polls.update(staff.forumId, staff.userId, dto));
  }

  @SubscribeMessage(LiveEvent.deletePoll)
  async deletePoll(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: DeletePollDto): Promise<Ack<{ pollId: string }>> {
    const staff = requireStaff(session);
    return ok(await this.polls.remove(staff.forumId, staff.userId, dto.pollId));
  }

  @SubscribeMessage(LiveEvent.setPollStatus)
  async setPollStatus(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: SetPollStatusDto): Promise<Ack<PollView>> {
    const staff = requireStaff(session);
    return ok(await this.polls.setStatus(staff.forumId, staff.userId, dto));
  }

  @SubscribeMessage(LiveEvent.setPollResultsVisible)
  async setPollResultsVisible(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: SetPollResultsVisibleDto): Promise<Ack<PollView>> {
    const staff = requireStaff(session);
    return ok(await this.polls.setResultsVisible(staff.forumId, staff.userId, dto));
  }

  @SubscribeMessage(LiveEvent.answerPoll)
  async answerPoll(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: AnswerPollDto): Promise<Ack<AnswerPollResult>> {
    const attendee = requireAttendee(session);
    return ok(await this.polls.answer(attendee.forumId, attendee.participantId, dto));
  }
}
