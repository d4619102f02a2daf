import { REACTION_KINDS, type ReactionKind, type SendReactionRequest } from '@mufakat/contracts';
import { IsIn } from 'class-validator';

export class SendReactionDto implements SendReactionRequest {
  @IsIn(REACTION_KINDS)
  kind: ReactionKind;
}
