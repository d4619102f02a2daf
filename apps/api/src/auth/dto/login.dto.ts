import { LIMITS, type LoginRequest } from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(LIMITS.email)
  email: string;

  @IsString()
  @Length(1, LIMITS.password.max)
  password: string;
}
