import { LIMITS, MODERATION_DECISIONS, type ModerationDecision, type ModerateQuestionRequest } from '@mufakat/contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class ModerateQuestionDto implements ModerateQuestionRequest {
  @IsUUID()
  questionId: string;

  @IsIn(MODERATION_DECISIONS)
  decision: ModerationDecision;

  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.rejectionReason)
  reason?: string;
}
