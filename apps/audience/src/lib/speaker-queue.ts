import type { SpeakerView } from '@mufakat/contracts';

export type HandState =
  | { kind: 'none' }
  /** position 1 is next; total counts every waiting hand. */
  | { kind: 'waiting'; position: number; total: number }
  | { kind: 'speaking'; startedAt: string | null; limitSeconds: number | null };

/** Where this attendee stands in the speaker queue, which the snapshot keeps in queue order. */
export function handState(speakers: readonly SpeakerView[], participantId: string | null): HandState {
  const mine = speakers.find((speaker) => speaker.participantId === participantId && (speaker.status === 'waiting' || speaker.status === 'speaking'));
  if (!mine) return { kind: 'none' };
  if (mine.status === 'speaking') return { kind: 'speaking', startedAt: mine.startedAt, limitSeconds: mine.limitSeconds };
  const waiting = speakers.filter((speaker) => speaker.status === 'waiting');
  return { kind: 'waiting', position: waiting.indexOf(mine) + 1, total: waiting.length };
}

/** Seconds of speaking time left at `nowMs` (server clock), never below zero; null without a limit. */
export function remainingSeconds(startedAt: string | null, limitSeconds: number | null, nowMs: number): number | null {
  if (limitSeconds === null) return null;
  const started = startedAt ? Date.parse(startedAt) : NaN;
  if (Number.isNaN(started)) return limitSeconds;
  return Math.max(0, Math.min(limitSeconds, Math.ceil(limitSeconds - (nowMs - started) / 1000)));
}
