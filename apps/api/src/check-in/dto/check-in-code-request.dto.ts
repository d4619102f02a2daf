import type { ClientPayload, LiveEvent } from '@mufakat/contracts';

/** The projector's request for the current code carries no data: `{}`; anything else is refused by the whitelist. */
export class CheckInCodeRequestDto implements ClientPayload<typeof LiveEvent.checkInCode> {
  [key: string]: never;
}
