import type { UpdateSettingsRequest } from '@mufakat/contracts';
import { IsBoolean } from 'class-validator';

export class UpdateSettingsDto implements UpdateSettingsRequest {
  @IsBoolean()
  preModeration: boolean;
}
