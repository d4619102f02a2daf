import { useEffect, useState } from 'react';

/**
 * The server's time, ticking every second while `active`: speaking-time limits are counted from the
 * server's start time, and a phone's clock may be minutes off.
 */
export function useServerNow(serverTime: string, active: boolean): number {
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const server = Date.parse(serverTime);
    if (!Number.isNaN(server)) setOffset(server - Date.now());
  }, [serverTime]);

  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);

  return now + offset;
}
