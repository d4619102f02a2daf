import { Inject, UseFilters } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { LiveEvent, type Ack, type ConsensusItemView, type SignalConsensusResult } from '@mufakat/contracts';
import { ok } from '../live/live-ack';
import { LIVE_GATEWAY_OPTIONS } from '../live/live-gateway.options';
import { LivePayloadPipe } from '../live/live-payload.pipe';
import { CurrentSession, requireAttendee, requireStaff } from '../live/live-session.decorator';
import type { LiveSession } from '../live/live-session';
import { WsAckFilter } from '../live/ws-ack.filter';
import { ConsensusService } from './consensus.service';
import { ApproveConsensusDto } from './dto/approve-consensus.dto';
import { CreateConsensusDto } from './dto/create-consensus.dto';
import { MoveConsensusDto } from './dto/move-consensus.dto';
import { SignalConsensusDto } from './dto/signal-consensus.dto';
import { UpdateConsensusDto } from './dto/update-consensus.dto';
import type { LiveHandlers } from '../live/live-handler';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseFilters(WsAckFilter)
export class ConsensusGateway implements LiveHandlers<
  'createConsensus' | 'updateConsensus' | 'moveConsensus' | 'approveConsensus' | 'updateFollowUp' | 'signalConsensus'
> {
  constructor(@Inject(ConsensusService) private readonly consensus: ConsensusService) {}

  @SubscribeMessage(LiveEvent.createConsensus)
  async createConsensus(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: CreateConsensusDto): Promise<Ack<ConsensusItemView>> {
    const staff = requireStaff(session);
    return ok(await this.consensus.create(staff.forumId, staff.userId, dto));
  }

  @SubscribeMessage(LiveEvent.updateConsensus)
  async updateConsensus(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: UpdateConsensusDto): Promise<Ack<ConsensusItemView>> {
    const staff = requireStaff(session);
    return ok(await this.consensus.update(staff.forumId, staff.userId, dto));
  }

  @SubscribeMessage(LiveEvent.moveConsensus)
  async moveConsensus(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: MoveConsensusDto): Promise<Ack<ConsensusItemView>> {
    const staff = requireStaff(session);
    return ok(await this.consensus.move(staff.forumId, staff.userId, dto.itemId, dto.status));
  }

  @SubscribeMessage(LiveEvent.approveConsensus)
  async approveConsensus(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: ApproveConsensusDto): Promise<Ack<ConsensusItemView>> {
    const staff = requireStaff(session);
    return ok(await this.consensus.approve(staff.forumId, staff.userId, dto.itemId, dto.followUp));
  }

  @SubscribeMessage(LiveEvent.updateFollowUp)
  async updateFollowUp(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: ApproveConsensusDto): Promise<Ack<ConsensusItemView>> {
    const staff = requireStaff(session);
    return ok(await this.consensus.updateFollowUp(staff.forumId, staff.userId, dto.itemId, dto.followUp));
  }

  @SubscribeMessage(LiveEvent.signalConsensus)
  async signalConsensus(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: SignalConsensusDto): Promise<Ack<SignalConsensusResult>> {
    const attendee = requireAttendee(session);
    return ok(await this.consensus.signal(attendee.forumId, attendee.participantId, dto));
  }
}
