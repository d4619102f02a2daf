import {
  apiPaths,
  type AgendaItemView,
  type AttendanceCounts,
  type ForumSnapshot,
  type PollResults,
  type PollView,
  type ProjectorView,
  type PublicQuestion,
} from '@mufakat/contracts';
import { findAgendaItem } from './agenda';
import { speakerQueue, type SpeakerQueue } from './speakers';

export const PROJECTOR_QUESTION_COUNT = 5;
export const PROJECTOR_OPEN_ANSWERS = 6;
/** Waiting speakers listed by name; the rest are counted. */
export const PROJECTOR_QUEUE_COUNT = 6;

export interface ProjectorPollModel {
  poll: PollView;
  /** null when the room may not see the results (or none have arrived yet). */
  results: PollResults | null;
}

/** Everything the projector screen shows, derived from the live snapshot. */
export interface ProjectorModel {
  mode: ProjectorView['mode'];
  title: string;
  joinCode: string;
  joinUrl: string;
  qrSrc: string;
  currentAgenda: AgendaItemView | null;
  /** The question staff pinned as "now discussing". */
  pinned: PublicQuestion | null;
  questions: PublicQuestion[];
  /** Set in poll mode; null there when the poll is not (or no longer) visible to the room. */
  poll: ProjectorPollModel | null;
  speakers: SpeakerQueue;
  attendance: AttendanceCounts;
}

export function toProjectorModel(snapshot: ForumSnapshot): ProjectorModel {
  const code = snapshot.forum.joinCode;
  const view = snapshot.projector;
  const poll = view.mode === 'poll' ? snapshot.polls.find((p) => p.id === view.pollId) : undefined;
  return {
    mode: view.mode,
    title: snapshot.forum.title,
    joinCode: code,
    // The server's public address, the same one the QR code holds (the projector may be on localhost).
    joinUrl: snapshot.forum.joinUrl,
    qrSrc: apiPaths.joinQrSvg(code),
    currentAgenda: findAgendaItem(snapshot.agenda, snapshot.currentAgendaItemId) ?? null,
    pinned: snapshot.questions.find((q) => q.pinned) ?? null,
    // The snapshot keeps questions ranked, so the top of the list is the top of the room.
    questions: snapshot.questions.slice(0, PROJECTOR_QUESTION_COUNT),
    poll: poll ? { poll, results: poll.resultsVisible ? (snapshot.pollResults[poll.id] ?? null) : null } : null,
    speakers: speakerQueue(snapshot.speakers),
    attendance: snapshot.attendance,
  };
}
