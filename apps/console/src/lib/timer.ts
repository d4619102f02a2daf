/** normal → warning near the end → over once the planned or given time has run out. */
export type TimerLevel = 'normal' | 'warning' | 'over';

export interface TimerReading {
  elapsedSeconds: number;
  limitSeconds: number | null;
  /** Seconds past the limit (0 while within it). */
  overSeconds: number;
  level: TimerLevel;
  /** True once ended: the reading no longer moves. */
  stopped: boolean;
}

/** The warning starts in the last minute, or the last tenth of a long limit. */
export function warningThreshold(limitSeconds: number): number {
  return Math.max(60, Math.round(limitSeconds / 10));
}

export function timerLevel(elapsedSeconds: number, limitSeconds: number | null): TimerLevel {
  if (limitSeconds === null || limitSeconds <= 0) return 'normal';
  if (elapsedSeconds > limitSeconds) return 'over';
  return limitSeconds - elapsedSeconds <= warningThreshold(limitSeconds) ? 'warning' : 'normal';
}

/**
 * Reads a timer started at `startedAt` (server time) against `nowMs` (server-corrected now); an ended timer
 * stops at `endedAt`. `null` when it never started.
 */
export function readTimer(startedAt: string | null, endedAt: string | null, nowMs: number, limitSeconds: number | null): TimerReading | null {
  const start = startedAt ? Date.parse(startedAt) : NaN;
  if (Number.isNaN(start)) return null;
  const end = endedAt ? Date.parse(endedAt) : NaN;
  const stopped = !Number.isNaN(end);
  // A clock a little ahead of the server's would show a negative time for the first instant.
  const elapsedSeconds = Math.max(0, Math.floor(((stopped ? end : nowMs) - start) / 1000));
  return {
    elapsedSeconds,
    limitSeconds,
    overSeconds: limitSeconds === null ? 0 : Math.max(0, elapsedSeconds - limitSeconds),
    level: timerLevel(elapsedSeconds, limitSeconds),
    stopped,
  };
}
