import { CONSENSUS_SIGNALS, type ConsensusSignal, type SignalConsensusRequest } from '@mufakat/contracts';
import { IsIn, IsUUID } from 'class-validator';

export class SignalConsensusDto implements SignalConsensusRequest {
  @IsUUID()
  itemId: string;

  @IsIn(CONSENSUS_SIGNALS)
  signal: ConsensusSignal;
}
