import type { ClientAck, ClientEventName, ClientPayload, LiveEvent } from '@mufakat/contracts';
import type { LiveSession } from './live-session';

type EventKey = keyof typeof LiveEvent;
/** The keys of LiveEvent that name client → server events. */
export type ClientEventKey = { [K in EventKey]: (typeof LiveEvent)[K] extends ClientEventName ? K : never }[EventKey];

/** A gateway's handler of one event: the contract's payload in, the contract's acknowledgement out. */
export type LiveHandler<K extends ClientEventKey> = (
  session: LiveSession,
  payload: ClientPayload<(typeof LiveEvent)[K]>,
) => Promise<ClientAck<(typeof LiveEvent)[K]>> | ClientAck<(typeof LiveEvent)[K]>;

/**
 * What a gateway `implements`: one method per event it handles, named as the event's key in LiveEvent, so a
 * changed payload or acknowledgement type in the contract breaks the build here.
 */
export type LiveHandlers<K extends ClientEventKey> = { [P in K]: LiveHandler<P> };
