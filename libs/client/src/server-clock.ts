/**
 * How far the server's clock is ahead of this device's (ms), from a snapshot's `serverTime` and the local time
 * it arrived at. Timers add it to `Date.now()` so every screen in the hall shows the same time. 0 if unreadable.
 */
export function clockOffsetMs(serverTime: string, receivedAtMs: number): number {
  const server = Date.parse(serverTime);
  return Number.isNaN(server) ? 0 : server - receivedAtMs;
}
