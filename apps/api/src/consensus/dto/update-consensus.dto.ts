import type { UpdateConsensusRequest } from '@mufakat/contracts';
import { IsUUID } from 'class-validator';
import { CreateConsensusDto } from './create-consensus.dto';

export class UpdateConsensusDto extends CreateConsensusDto implements UpdateConsensusRequest {
  @IsUUID()
  itemId: string;
}
