import type { SetSurveyOpenRequest } from '@mufakat/contracts';
import { IsBoolean } from 'class-validator';

export class SetSurveyOpenDto implements SetSurveyOpenRequest {
  @IsBoolean()
  open: boolean;
}
