import type { ReorderSpeakersRequest } from '@mufakat/contracts';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

export class ReorderSpeakersDto implements ReorderSpeakersRequest {
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  orderedIds: string[];
}
