import { CONSENSUS_LIMITS, FOLLOW_UP_STATUSES, type FollowUpPlan, type FollowUpStatus } from '@mufakat/contracts';
import { Transform, type TransformFnParams } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { trimmed } from '../../common/transforms';

/** Optional text fields: blank means not given. */
const trimmedOrNull = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() || null : value);

/** A deadline, a time frame, or both: at least one is required (checked by the service, which knows both). */
export class FollowUpPlanDto implements FollowUpPlan {
  @Transform(trimmed)
  @IsString()
  @Length(1, CONSENSUS_LIMITS.action)
  action: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, CONSENSUS_LIMITS.responsibleUnit)
  responsibleUnit: string;

  @Transform(trimmedOrNull)
  @ValidateIf((plan: FollowUpPlanDto) => plan.deadline !== null && plan.deadline !== undefined)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deadline must be a date, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  deadline: string | null;

  @Transform(trimmedOrNull)
  @IsOptional()
  @IsString()
  @Length(1, CONSENSUS_LIMITS.timeFrame)
  timeFrame: string | null;

  @IsIn(FOLLOW_UP_STATUSES)
  status: FollowUpStatus;
}
