import { Inject, UseFilters } from '@nestjs/common';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { LiveEvent, type Ack, type ProjectorView } from '@mufakat/contracts';
import { ok } from '../live/live-ack';
import { LIVE_GATEWAY_OPTIONS } from '../live/live-gateway.options';
import { LivePayloadPipe } from '../live/live-payload.pipe';
import { CurrentSession, requireStaff } from '../live/live-session.decorator';
import type { LiveSession } from '../live/live-session';
import { WsAckFilter } from '../live/ws-ack.filter';
import { ShowOnProjectorDto } from './dto/show-on-projector.dto';
import { ProjectorService } from './projector.service';
import type { LiveHandlers } from '../live/live-handler';

@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseFilters(WsAckFilter)
export class ProjectorGateway implements LiveHandlers<'showOnProjector'> {
  constructor(@Inject(ProjectorService) private readonly projector: ProjectorService) {}

  @SubscribeMessage(LiveEvent.showOnProjector)
  async showOnProjector(@CurrentSession() session: LiveSession, @MessageBody(LivePayloadPipe) dto: ShowOnProjectorDto): Promise<Ack<ProjectorView>> {
    const staff = requireStaff(session);
    return ok(await this.projector.show(staff.forumId, staff.userId, dto.view));
  }
}
