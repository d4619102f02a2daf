import { LIMITS, type ReorderAgendaRequest } from '@mufakat/contracts';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

export class ReorderAgendaDto implements ReorderAgendaRequest {
  @IsArray()
  @ArrayMaxSize(LIMITS.agendaItems)
  @IsUUID('all', { each: true })
  orderedIds: string[];
}
