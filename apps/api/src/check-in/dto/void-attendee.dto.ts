import { CHECK_IN, type VoidAttendeeRequest } from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length } from 'class-validator';
import { trimmed } from '../../common/transforms';

/** A reason is required: it goes to the audit log with who voided and when. */
export class VoidAttendeeDto implements VoidAttendeeRequest {
  @IsUUID()
  participantId: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, CHECK_IN.voidReason)
  reason: string;
}
