import type { GiveFloorRequest } from '@mufakat/contracts';
import { IsInt, IsOptional, IsUUID, ValidateIf } from 'class-validator';

export class GiveFloorDto implements GiveFloorRequest {
  @IsUUID()
  requestId: string;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  limitSeconds?: number | null;
}
