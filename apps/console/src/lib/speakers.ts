import { LIMITS, type SpeakerView } from '@mufakat/contracts';
import type { FieldError } from './validation';

export interface SpeakerQueue {
  /** In the order they will be given the floor. */
  waiting: SpeakerView[];
  speaking: SpeakerView[];
}

/** Splits the snapshot's queue (already in queue order) into who waits and who has the floor. */
export function speakerQueue(speakers: readonly SpeakerView[]): SpeakerQueue {
  return {
    waiting: speakers.filter((s) => s.status === 'waiting'),
    speaking: speakers.filter((s) => s.status === 'speaking'),
  };
}

export type LimitResult = { ok: true; seconds: number | null } | { ok: false; error: FieldError };

const MIN_MINUTES = LIMITS.speakerSeconds.min / 60;
const MAX_MINUTES = LIMITS.speakerSeconds.max / 60;

/**
 * The speaking time typed in minutes ("3", "1,5" or "1.5") as whole seconds within the contract's limits;
 * empty means no limit.
 */
export function parseLimitMinutes(value: string): LimitResult {
  const trimmed = value.trim().replace(',', '.');
  if (!trimmed) return { ok: true, seconds: null };
  const rangeError: LimitResult = { ok: false, error: { key: 'speakerMinutesRange', values: { min: MIN_MINUTES, max: MAX_MINUTES } } };
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return rangeError;
  const seconds = Math.round(Number(trimmed) * 60);
  if (seconds < LIMITS.speakerSeconds.min || seconds > LIMITS.speakerSeconds.max) return rangeError;
  return { ok: true, seconds };
}
