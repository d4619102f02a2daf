import { useCallback, useState } from 'react';
import type { LiveForumClient } from '@mufakat/client';
import type { Ack, AckError, ClientAck, ClientEventName, ClientPayload } from '@mufakat/contracts';

/** Sends one live event; resolves with its acknowledgement (null without a client). Refusals are reported. */
export type SendLive = <E extends ClientEventName>(
  event: E,
  payload: ClientPayload<E>,
  /** Marks a control busy until the answer arrives (e.g. the question id). */
  busyKey?: string,
) => Promise<ClientAck<E> | null>;

export function useLiveCommands(client: LiveForumClient | null, report: (error: AckError) => void): { send: SendLive; busy: ReadonlySet<string> } {
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const mark = useCallback((key: string, on: boolean) => {
    setBusy((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  const send = useCallback(
    async (event: ClientEventName, payload: unknown, busyKey?: string) => {
      if (!client) return null;
      if (busyKey) mark(busyKey, true);
      try {
        const ack = (await client.emit(event, payload as never)) as Ack<unknown>;
        if (!ack.ok) report(ack.error);
        return ack;
      } finally {
        if (busyKey) mark(busyKey, false);
      }
    },
    [client, report, mark],
  ) as SendLive;

  return { send, busy };
}
