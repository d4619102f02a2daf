import { useRef, useState } from 'react';
import type { LiveForumClient } from '@mufakat/client';
import { LiveEvent, type AckError, type ConsensusSignal } from '@mufakat/contracts';
import { omit, settleSignal, type PendingSignals } from '../lib/consensus';
import { NOT_CONNECTED, OFFLINE_RETRY_MS } from '../lib/live-view';

/**
 * Agree / disagree / abstain, shown at once and rolled back when refused. The server keeps one signal per
 * attendee and item, so one sent offline waits for the connection and is sent again.
 */
export function useConsensusSignals(client: LiveForumClient | null) {
  const [pending, setPending] = useState<PendingSignals>({});
  const [errors, setErrors] = useState<Record<string, AckError>>({});
  const seq = useRef(0);

  const signal = async (itemId: string, value: ConsensusSignal) => {
    const mine = ++seq.current;
    setPending((current) => ({ ...current, [itemId]: { signal: value, seq: mine } }));
    setErrors((current) => omit(current, itemId));
    const ack = client
      ? await client.emit(LiveEvent.signalConsensus, { itemId, signal: value }, { waitForConnectionMs: OFFLINE_RETRY_MS })
      : ({ ok: false, error: NOT_CONNECTED } as const);
    // Acknowledgements come in the order sent, so each one is the server's latest word on this item.
    if (ack.ok) client?.setConsensusSignal(itemId, ack.data.signal);
    setErrors((current) => (ack.ok ? omit(current, itemId) : { ...current, [itemId]: ack.error }));
    setPending((current) => settleSignal(current, itemId, mine));
  };

  return { pending, errors, signal };
}
