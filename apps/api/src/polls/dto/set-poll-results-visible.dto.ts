import type { SetPollResultsVisibleRequest } from '@mufakat/contracts';
import { IsBoolean, IsUUID } from 'class-validator';

export class SetPollResultsVisibleDto implements SetPollResultsVisibleRequest {
  @IsUUID()
  pollId: string;

  @IsBoolean()
  visible: boolean;
}
