import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Milliseconds on CLOCK_MONOTONIC. Every process on the machine reads the same clock, so a time taken in one
 * generator worker can be compared with a time taken in another (the moderator's emit and an attendee's receipt).
 */
export const now = () => Number(process.hrtime.bigint()) / 1e6;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export const sleepUntil = (t) => sleep(t - now());

/** Nearest-rank percentile of an unsorted array (copied, not changed). */
export function percentiles(values, ps = [50, 90, 99]) {
  const sorted = Float64Array.from(values).sort();
  const out = { count: sorted.length };
  for (const p of ps) out[`p${p}`] = sorted.length ? round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]) : null;
  out.max = sorted.length ? round(sorted[sorted.length - 1]) : null;
  out.mean = sorted.length ? round(sorted.reduce((a, b) => a + b, 0) / sorted.length) : null;
  return out;
}

export const round = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? x : Math.round(x * 10 ** digits) / 10 ** digits);

/** CPU time (% of one core) and event-loop delay of this process over a phase. */
export class PhaseMeter {
  constructor() {
    this.lag = monitorEventLoopDelay({ resolution: 10 });
    this.lag.enable();
    this.start();
  }

  start() {
    this.cpu = process.cpuUsage();
    this.wall = now();
    this.lag.reset();
  }

  read() {
    const cpu = process.cpuUsage(this.cpu);
    const wallMs = now() - this.wall;
    const ms = (ns) => round(ns / 1e6);
    return {
      wallMs: round(wallMs),
      cpuPercent: round(((cpu.user + cpu.system) / 1000 / Math.max(wallMs, 1)) * 100),
      lagP50Ms: ms(this.lag.percentile(50)),
      lagP99Ms: ms(this.lag.percentile(99)),
      lagMaxMs: ms(this.lag.max),
    };
  }
}
