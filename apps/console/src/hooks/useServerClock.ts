import { useEffect, useMemo, useState } from 'react';
import { clockOffsetMs } from '../lib/server-clock';

/**
 * How far the server's clock is ahead of this device's, measured when a snapshot's `serverTime` is first seen
 * (a resync brings a new one). Timers add it to `Date.now()`, so the console and the projector agree.
 */
export function useServerClock(serverTime: string | undefined): number {
  return useMemo(() => (serverTime ? clockOffsetMs(serverTime, Date.now()) : 0), [serverTime]);
}

/** The server's "now" in ms, refreshed twice a second while `running` (a running timer). */
export function useServerNow(offsetMs: number, running = true): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    if (!running) return;
    const interval = setInterval(() => setNow(Date.now() + offsetMs), 500);
    return () => clearInterval(interval);
  }, [offsetMs, running]);
  return now;
}
