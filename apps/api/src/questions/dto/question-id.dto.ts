import type { WithdrawQuestionRequest } from '@mufakat/contracts';
import { IsUUID } from 'class-validator';

export class QuestionIdDto implements WithdrawQuestionRequest {
  @IsUUID()
  questionId: string;
}
