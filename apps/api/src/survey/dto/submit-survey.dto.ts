import { SURVEY_ELEMENTS, SURVEY_SCORE, type SubmitSurveyRequest } from '@mufakat/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min } from 'class-validator';

export class SubmitSurveyDto implements SubmitSurveyRequest {
  @IsArray()
  @ArrayMinSize(SURVEY_ELEMENTS.length)
  @ArrayMaxSize(SURVEY_ELEMENTS.length)
  @IsInt({ each: true })
  @Min(SURVEY_SCORE.min, { each: true })
  @Max(SURVEY_SCORE.max, { each: true })
  scores: number[];
}
