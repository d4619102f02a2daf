import type { EndSpeakerRequest } from '@mufakat/contracts';
import { IsUUID } from 'class-validator';

export class SpeakerRequestIdDto implements EndSpeakerRequest {
  @IsUUID()
  requestId: string;
}
