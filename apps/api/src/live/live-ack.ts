import type { Ack } from '@mufakat/contracts';

/** The success acknowledgement; failures are built by WsAckFilter from thrown DomainErrors. */
export const ok = <T>(data: T): Ack<T> => ({ ok: true, data });
