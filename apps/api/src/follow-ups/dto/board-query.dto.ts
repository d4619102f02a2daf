import { ACTION_STATUSES, type ActionStatus, type BoardFilter } from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

export class BoardQueryDto implements BoardFilter {
  @IsOptional()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus;

  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @IsOptional()
  @IsUUID()
  forumId?: string;
}
