import { CONSENSUS_MOVES, type ConsensusMove, type MoveConsensusRequest } from '@mufakat/contracts';
import { IsIn, IsUUID } from 'class-validator';

export class MoveConsensusDto implements MoveConsensusRequest {
  @IsUUID()
  itemId: string;

  @IsIn(CONSENSUS_MOVES)
  status: ConsensusMove;
}
