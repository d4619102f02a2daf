import { ACCOUNTABILITY_LIMITS, type PostActionUpdateRequest } from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Multipart form fields: every value arrives as text. */
export class PostUpdateDto implements PostActionUpdateRequest {
  @IsIn(['planned', 'in_progress', 'done'])
  status: PostActionUpdateRequest['status'];

  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,3}$/.test(value.trim()) ? Number(value) : value))
  @IsInt()
  @Min(0)
  @Max(100)
  progress: number;

  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : (value ?? '')))
  @IsOptional()
  @IsString()
  @MaxLength(ACCOUNTABILITY_LIMITS.note)
  note: string;
}
