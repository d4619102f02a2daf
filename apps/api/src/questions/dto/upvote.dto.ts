import type { UpvoteRequest } from '@mufakat/contracts';
import { IsBoolean, IsUUID } from 'class-validator';

export class UpvoteDto implements UpvoteRequest {
  @IsUUID()
  questionId: string;

  @IsBoolean()
  upvoted: boolean;
}
