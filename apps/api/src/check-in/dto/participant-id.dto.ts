import type { ConfirmAttendanceRequest } from '@mufakat/contracts';
import { IsUUID } from 'class-validator';

export class ParticipantIdDto implements ConfirmAttendanceRequest {
  @IsUUID()
  participantId: string;
}
