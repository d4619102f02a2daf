import type { ReviseDocumentsRequest } from '@mufakat/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ReviseDocumentsDto implements ReviseDocumentsRequest {
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}
