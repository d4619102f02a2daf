import { LIMITS, type SignupRequest } from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { trimmed } from '../../common/transforms';
import { IsAcceptablePassword } from '../password-policy';

export class SignupDto implements SignupRequest {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(LIMITS.email)
  email: string;

  @IsAcceptablePassword()
  password: string;

  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.name)
  name: string;
}
