import { useRef, useState } from 'react';
import type { LiveForumClient } from '@mufakat/client';
import { LiveEvent, type AckError } from '@mufakat/contracts';
import { OFFLINE_RETRY_MS } from '../lib/live-view';

/**
 * Upvote toggles, shown at once and laid over the server's list until it agrees. An upvote is
 * idempotent, so one made offline waits for the connection and is sent again.
 */
export function useUpvotes(client: LiveForumClient | null) {
  const [local, setLocal] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<AckError | null>(null);
  // A second tap while the first is on its way would race it.
  const inFlight = useRef(new Set<string>());

  const toggle = async (questionId: string, upvoted: boolean) => {
    if (!client || inFlight.current.has(questionId)) return;
    inFlight.current.add(questionId);
    setError(null);
    setLocal((votes) => ({ ...votes, [questionId]: upvoted }));
    const ack = await client.emit(LiveEvent.upvote, { questionId, upvoted }, { waitForConnectionMs: OFFLINE_RETRY_MS });
    inFlight.current.delete(questionId);
    if (!ack.ok) {
      setLocal((votes) => ({ ...votes, [questionId]: !upvoted }));
      setError(ack.error);
    }
  };

  return { local, error, toggle };
}
