import type { SubmitCheckInRequest } from '@mufakat/contracts';
import { IsString, MaxLength } from 'class-validator';

/** Normalised (spaces and dashes dropped) and compared by the service; a wrong code is an ordinary refusal. */
export class SubmitCheckInDto implements SubmitCheckInRequest {
  @IsString()
  @MaxLength(20)
  code: string;
}
