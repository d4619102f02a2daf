import type { DeletePollRequest } from '@mufakat/contracts';
import { IsUUID } from 'class-validator';

export class DeletePollDto implements DeletePollRequest {
  @IsUUID()
  pollId: string;
}
