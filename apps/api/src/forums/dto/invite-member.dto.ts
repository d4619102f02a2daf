import { LIMITS, type InvitableRole, type InviteMemberRequest } from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, MaxLength } from 'class-validator';

export class InviteMemberDto implements InviteMemberRequest {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(LIMITS.email)
  email: string;

  @IsIn(['moderator', 'facilitator'])
  role: InvitableRole;
}
