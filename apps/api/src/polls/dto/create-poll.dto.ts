import {
  LIMITS,
  POLL_TYPES,
  RANKING_METHODS,
  RATING_SCALES,
  type CreatePollRequest,
  type PollType,
  type RankingMethod,
  type RatingScale,
} from '@mufakat/contracts';
import { Transform, type TransformFnParams } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { trimmed } from '../../common/transforms';

const trimmedEach = ({ value }: TransformFnParams): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value;

/** Each field on its own; which fields a type of poll needs is settled by definePoll. */
export class CreatePollDto implements CreatePollRequest {
  @IsOptional()
  @IsUUID()
  agendaItemId?: string | null;

  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.pollQuestion)
  question: string;

  @IsIn(POLL_TYPES)
  type: PollType;

  @IsOptional()
  @Transform(trimmedEach)
  @IsArray()
  @ArrayMaxSize(LIMITS.pollOptions.max)
  @IsString({ each: true })
  @Length(1, LIMITS.pollOption, { each: true })
  options?: string[];

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.pollOptions.max)
  maxChoices?: number;

  @IsOptional()
  @IsIn(RATING_SCALES)
  scaleMax?: RatingScale;

  @IsOptional()
  @IsIn(RANKING_METHODS)
  rankingMethod?: RankingMethod;

  @IsOptional()
  @IsBoolean()
  resultsVisible?: boolean;

  @IsOptional()
  @IsBoolean()
  allowChange?: boolean;
}
