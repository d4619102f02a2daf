import type { SetCheckInRequest } from '@mufakat/contracts';
import { IsBoolean } from 'class-validator';

export class SetCheckInDto implements SetCheckInRequest {
  @IsBoolean()
  enabled: boolean;
}
