import { Inject, UseFilters } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { LiveEvent, type Ack, type AgendaState } from '@mufakat/contracts';
import { ok } from '../live/live-ack';
import { LIVE_GATEWAY_OPTIONS } from '../live/live-gateway.options';
import { LivePayloadPipe } from '../live/live-payload.pipe';
import { CurrentSession, requireStaff } from '../live/live-session.decorator';
import type { LiveSession } from '../live/live-session';
import { WsAckFilter } from '../live/ws-ack.filter';
import { AgendaService } from './agenda.service';
import { AgendaItemIdDto } from './dto/agenda-item-id.dto';
import { ReorderAgendaDto } from './dto/reorder-agenda.dto';
import type { LiveHandlers } from '../live/live-handler';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseFilters(WsAckFilter)
export class AgendaGateway implements LiveHandlers<'startAgendaItem' | 'endAgendaItem' | 'reorderAgenda'> {
  constructor(@Inject(AgendaService) private readonly agenda: AgendaService) {}

  @SubscribeMessage(LiveEvent.startAgendaItem)
  async startAgendaItem(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: AgendaItemIdDto): Promise<Ack<AgendaState>> {
    const staff = requireStaff(session);
    return ok(await this.agenda.start(staff.forumId, staff.userId, dto.agendaItemId));
  }

  @SubscribeMessage(LiveEvent.endAgendaItem)
  async endAgendaItem(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: AgendaItemIdDto): Promise<Ack<AgendaState>> {
    const staff = requireStaff(session);
    return ok(await this.agenda.end(staff.forumId, staff.userId, dto.agendaItemId));
  }

  @SubscribeMessage(LiveEvent.reorderAgenda)
  async reorderAgenda(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: ReorderAgendaDto): Promise<Ack<AgendaState>> {
    const staff = requireStaff(session);
    return ok(await this.agenda.reorder(staff.forumId, staff.userId, dto.orderedIds));
  }
}
