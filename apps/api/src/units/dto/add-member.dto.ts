import {
  LIMITS,
  ORGANISATION_ROLES,
  UNIT_ROLES,
  type AddOrganisationMemberRequest,
  type AddUnitMemberRequest,
  type OrganisationRole,
  type UnitRole,
} from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, MaxLength } from 'class-validator';

const lowerTrimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class AddUnitMemberDto implements AddUnitMemberRequest {
  @Transform(lowerTrimmed)
  @IsEmail()
  @MaxLength(LIMITS.email)
  email: string;

  @IsIn(UNIT_ROLES)
  role: UnitRole;
}

export class AddOrganisationMemberDto implements AddOrganisationMemberRequest {
  @Transform(lowerTrimmed)
  @IsEmail()
  @MaxLength(LIMITS.email)
  email: string;

  @IsIn(ORGANISATION_ROLES)
  role: OrganisationRole;
}
