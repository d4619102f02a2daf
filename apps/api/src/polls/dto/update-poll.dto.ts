import type { UpdatePollRequest } from '@mufakat/contracts';
import { IsUUID } from 'class-validator';
import { CreatePollDto } from './create-poll.dto';

export class UpdatePollDto extends CreatePollDto implements UpdatePollRequest {
  @IsUUID()
  pollId: string;
}
