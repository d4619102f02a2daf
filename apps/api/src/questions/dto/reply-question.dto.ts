import { LIMITS, type ReplyQuestionRequest } from '@mufakat/contracts';
import { IsString, IsUUID, MaxLength } from 'class-validator';

export class ReplyQuestionDto implements ReplyQuestionRequest {
  @IsUUID()
  questionId: string;

  /** Empty removes the reply. */
  @IsString()
  @MaxLength(LIMITS.replyText)
  text: string;
}
