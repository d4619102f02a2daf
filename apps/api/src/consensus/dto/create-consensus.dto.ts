import { CONSENSUS_LIMITS, type CreateConsensusRequest } from '@mufakat/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { trimmed } from '../../common/transforms';

export class CreateConsensusDto implements CreateConsensusRequest {
  @Transform(trimmed)
  @IsString()
  @Length(1, CONSENSUS_LIMITS.text)
  text: string;

  @IsOptional()
  @IsUUID()
  agendaItemId?: string | null;
}
