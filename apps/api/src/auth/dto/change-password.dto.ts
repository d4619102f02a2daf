import { LIMITS, type ChangePasswordRequest } from '@mufakat/contracts';
import { IsString, Length } from 'class-validator';
import { IsAcceptablePassword } from '../password-policy';

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString()
  @Length(1, LIMITS.password.max)
  currentPassword: string;

  @IsAcceptablePassword()
  newPassword: string;
}
