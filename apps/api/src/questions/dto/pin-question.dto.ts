import type { PinQuestionRequest } from '@mufakat/contracts';
import { IsUUID, ValidateIf } from 'class-validator';

export class PinQuestionDto implements PinQuestionRequest {
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  questionId: string | null;
}
