import type { SyncRequest } from '@mufakat/contracts';
import { IsIn, IsOptional } from 'class-validator';

export class SyncDto implements SyncRequest {
  @IsOptional()
  @IsIn(['connect', 'gap'])
  reason?: 'connect' | 'gap';
}
