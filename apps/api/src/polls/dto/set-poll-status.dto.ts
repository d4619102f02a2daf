import type { SetPollStatusRequest } from '@mufakat/contracts';
import { IsIn, IsUUID } from 'class-validator';

export class SetPollStatusDto implements SetPollStatusRequest {
  @IsUUID()
  pollId: string;

  @IsIn(['open', 'closed'])
  status: SetPollStatusRequest['status'];
}
