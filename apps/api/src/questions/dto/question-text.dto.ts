import { LIMITS, type EditOwnQuestionRequest, type EditQuestionRequest } from '@mufakat/contracts';
import { IsString, IsUUID, Length } from 'class-validator';

/** A question id and new text: the asker's own edit and the moderator's correction alike. */
export class QuestionTextDto implements EditOwnQuestionRequest, EditQuestionRequest {
  @IsUUID()
  questionId: string;

  @IsString()
  @Length(1, LIMITS.questionText)
  text: string;
}
