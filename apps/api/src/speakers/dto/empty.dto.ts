import type { LowerHandRequest, RaiseHandRequest } from '@mufakat/contracts';

/** Events that carry no data: `{}`; anything else is refused by the whitelist. */
export class EmptyDto implements RaiseHandRequest, LowerHandRequest {
  [key: string]: never;
}
