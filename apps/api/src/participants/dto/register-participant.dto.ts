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
import { reasonFor } from '../../common/validation';

const nameInvalid = reasonFor('registrationNameInvalid');
const institutionInvalid = reasonFor('registrationInstitutionInvalid');
const choiceInvalid = reasonFor('registrationChoiceInvalid');
const deviceKeyInvalid = reasonFor('deviceKeyInvalid');

/** Each refusal names its reason (the first failing field's), so the attendee's phone words it in their language. */
export class RegisterParticipantDto implements RegisterParticipantRequest {
  @Transform(trimmed)
  @IsString(nameInvalid)
  @Length(1, LIMITS.name, nameInvalid)
  name: string;

  @Transform(trimmed)
  @IsString(institutionInvalid)
  @Length(1, LIMITS.institution, institutionInvalid)
  institution: string;

  @IsIn(STAKEHOLDER_CATEGORIES, choiceInvalid)
  category: StakeholderCategory;

  @IsIn(ATTENDANCE_MODES, choiceInvalid)
  mode: AttendanceMode;

  @IsOptional()
  @IsString(deviceKeyInvalid)
  @Length(LIMITS.deviceKey.min, LIMITS.deviceKey.max, deviceKeyInvalid)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'deviceKey must be letters, digits, - or _', ...deviceKeyInvalid })
  deviceKey?: string;
}
