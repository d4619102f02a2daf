import { useEffect, useState } from 'react';
import type { ConnectionState, LiveForumClient } from '@mufakat/client';
import { LiveEvent } from '@mufakat/contracts';

/** Asked again this long after a failure (the connection dropped, say). */
const RETRY_MS = 10_000;

/**
 * The room check-in code for the projector: asked for while check-in is on, and again when it changes. The code
 * is never in a snapshot, so attendees' phones never hold it.
 */
export function useCheckInCode(client: LiveForumClient | null, connection: ConnectionState, enabled: boolean): string | null {
  const [code, setCode] = useState<string | null>(null);
  const live = enabled && connection === 'live' && client !== null;
  useEffect(() => {
    if (!live || !client) {
      setCode(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const fetchCode = async () => {
      const ack = await client.emit(LiveEvent.checkInCode, {});
      if (stopped) return;
      if (!ack.ok) {
        timer = setTimeout(() => void fetchCode(), RETRY_MS);
        return;
      }
      setCode(ack.data.code);
      // A moment after the change, so the server is surely in the next period.
      timer = setTimeout(() => void fetchCode(), Math.max(1000, Date.parse(ack.data.validUntil) - Date.now() + 500));
    };
    void fetchCode();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [live, client]);
  return code;
}
