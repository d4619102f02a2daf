import type { SetCurrentAgendaRequest } from '@mufakat/contracts';
import { IsUUID, ValidateIf } from 'class-validator';

export class SetCurrentAgendaDto implements SetCurrentAgendaRequest {
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  agendaItemId: string | null;
}
