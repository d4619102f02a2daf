import { CONSENSUS_LIMITS, type CreateActionRequest } from '@mufakat/contracts';
import { Transform, type TransformFnParams } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { trimmed } from '../../common/transforms';

const trimmedOrNull = ({ value }: TransformFnParams): unknown => (typeof value === 'string' ? value.trim() || null : (value ?? null));

export class CreateActionDto implements CreateActionRequest {
  @IsUUID()
  consensusItemId: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, CONSENSUS_LIMITS.action)
  action: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, CONSENSUS_LIMITS.responsibleUnit)
  responsibleUnit: string;

  @Transform(trimmedOrNull)
  @ValidateIf((dto: CreateActionDto) => dto.deadline !== null)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deadline must be a date, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  deadline: string | null;

  @Transform(trimmedOrNull)
  @IsOptional()
  @IsString()
  @Length(1, CONSENSUS_LIMITS.timeFrame)
  timeFrame: string | null;
}
