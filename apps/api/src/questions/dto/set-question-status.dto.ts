import { STAFF_QUESTION_STATUSES, type SetQuestionStatusRequest, type StaffQuestionStatus } from '@mufakat/contracts';
import { IsIn, IsUUID } from 'class-validator';

export class SetQuestionStatusDto implements SetQuestionStatusRequest {
  @IsUUID()
  questionId: string;

  @IsIn(STAFF_QUESTION_STATUSES)
  status: StaffQuestionStatus;
}
