import { LIMITS } from '@mufakat/contracts';

/**
 * One reaction per this many milliseconds keeps an attendee under the server's limit
 * (LIMITS.reactionsPer10s in any 10 seconds), with a margin for the network's jitter.
 */
export const REACTION_COOLDOWN_MS = Math.ceil(10_000 / LIMITS.reactionsPer10s) + 200;

/** Milliseconds until the next action is allowed; 0 when it is allowed now. */
export function cooldownLeft(lastAt: number | null, nowMs: number, cooldownMs: number): number {
  if (lastAt === null) return 0;
  return Math.max(0, lastAt + cooldownMs - nowMs);
}
