import { DOCUMENT_LIMITS, SIGNATORY_SIDES, type AddRepresentativeRequest, type SignatorySide } from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { trimmed } from '../../common/transforms';

export class AddRepresentativeDto implements AddRepresentativeRequest {
  @IsUUID()
  participantId: string;

  @IsIn(SIGNATORY_SIDES)
  side: SignatorySide;

  @Transform(trimmed)
  @IsString()
  @Length(1, DOCUMENT_LIMITS.roleTitle)
  roleTitle: string;
}
