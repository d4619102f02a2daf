import type { ApproveConsensusRequest, UpdateFollowUpRequest } from '@mufakat/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsUUID, ValidateNested } from 'class-validator';
import { FollowUpPlanDto } from './follow-up-plan.dto';

/** Approving and editing the follow-up afterwards take the same payload. */
export class ApproveConsensusDto implements ApproveConsensusRequest, UpdateFollowUpRequest {
  @IsUUID()
  itemId: string;

  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => FollowUpPlanDto)
  followUp: FollowUpPlanDto;
}
