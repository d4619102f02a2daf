import { ACCOUNTABILITY_LIMITS, type DropActionRequest } from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trimmed } from '../../common/transforms';

export class DropActionDto implements DropActionRequest {
  @Transform(trimmed)
  @IsString()
  @Length(1, ACCOUNTABILITY_LIMITS.droppedReason)
  reason: string;
}
