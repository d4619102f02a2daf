import type { EndAgendaItemRequest, StartAgendaItemRequest } from '@mufakat/contracts';
import { IsUUID } from 'class-validator';

export class AgendaItemIdDto implements StartAgendaItemRequest, EndAgendaItemRequest {
  @IsUUID()
  agendaItemId: string;
}
