import { useEffect, useMemo, useState } from 'react';
import { clockOffsetMs } from './server-clock';

/**
 * How far the server's clock is ahead of this device's, measured when a snapshot's `serverTime` is first seen
 * (a resync brings a new one). A phone's clock may be minutes off; timers counted from the server's start
 * times add this to `Date.now()`, so phones, the console and the projector agree.
 */
export function useServerClock(serverTime: string | undefined): number {
  return useMemo(() => (serverTime ? clockOffsetMs(serverTime, Date.now()) : 0), [serverTime]);
}

/** The server's "now" in ms, refreshed every `tickMs` while `running` (a running timer). */
export function useServerNow(offsetMs: number, running = true, tickMs = 500): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    if (!running) return;
    const interval = setInterval(() => setNow(Date.now() + offsetMs), tickMs);
    return () => clearInterval(interval);
  }, [offsetMs, running, tickMs]);
  return now;
}
