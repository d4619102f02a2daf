import { MODERATION_DECISIONS, type ModerationDecision, type ModerateQuestionRequest } from '@mufakat/contracts';
import { IsIn, IsUUID } from 'class-validator';

export class ModerateQuestionDto implements ModerateQuestionRequest {
  @IsUUID()
  questionId: string;

  @IsIn(MODERATION_DECISIONS)
  decision: ModerationDecision;
}
