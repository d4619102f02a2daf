import type { AddStaffSignatoryRequest } from '@mufakat/contracts';
import { IsUUID } from 'class-validator';

export class AddStaffSignatoryDto implements AddStaffSignatoryRequest {
  @IsUUID()
  staffUserId: string;
}
