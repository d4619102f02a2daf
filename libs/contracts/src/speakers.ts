import type { AttendanceMode } from './domain';

export const SPEAKER_STATUSES = ['waiting', 'speaking', 'done', 'withdrawn'] as const;
export type SpeakerStatus = (typeof SPEAKER_STATUSES)[number];

/** A raised hand in the speaker queue; room and online are shown so remote voices are not forgotten. */
export interface SpeakerView {
  id: string;
  participantId: string;
  name: string;
  institution: string;
  mode: AttendanceMode;
  status: SpeakerStatus;
  requestedAt: string;
  /** When the floor was given. */
  startedAt: string | null;
  /** The speaking time the moderator gave, if any. */
  limitSeconds: number | null;
}

export interface ReorderSpeakersRequest {
  /** Ids of every waiting request, in the new order. */
  orderedIds: string[];
}

export interface GiveFloorRequest {
  requestId: string;
  limitSeconds?: number | null;
}

export interface EndSpeakerRequest {
  requestId: string;
}

export type RaiseHandRequest = Record<string, never>;
export type LowerHandRequest = Record<string, never>;
