import {
  ATTENDANCE_MODES,
  LIMITS,
  STAKEHOLDER_CATEGORIES,
  type AttendanceMode,
  type RegisterParticipantRequest,
  type StakeholderCategory,
} from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { trimmed } from '../../common/transforms';

export class RegisterParticipantDto implements RegisterParticipantRequest {
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.name)
  name: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.institution)
  institution: string;

  @IsIn(STAKEHOLDER_CATEGORIES)
  category: StakeholderCategory;

  @IsIn(ATTENDANCE_MODES)
  mode: AttendanceMode;

  @IsOptional()
  @IsString()
  @Length(LIMITS.deviceKey.min, LIMITS.deviceKey.max)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'deviceKey must be letters, digits, - or _' })
  deviceKey?: string;
}
