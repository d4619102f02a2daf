import {
  apiPaths,
  groupConsensus,
  type AgendaItemView,
  type AttendanceCounts,
  type ConsensusItemView,
  type ForumSnapshot,
  type PollResults,
  type PollView,
  type ProjectorView,
  type PublicQuestion,
  type SignalCounts,
} from '@mufakat/contracts';
import { findAgendaItem } from './agenda';
import { roomCounts } from './attendance';
import { tallyTable } from './consensus';
import { speakerQueue, type SpeakerQueue } from './speakers';

export const PROJECTOR_QUESTION_COUNT = 5;
export const PROJECTOR_OPEN_ANSWERS = 6;
/** Waiting speakers listed by name; the rest are counted. */
export const PROJECTOR_QUEUE_COUNT = 6;
/** Top questions kept beside the consensus panel, which takes the rest of the column. */
export const PROJECTOR_QUESTIONS_BESIDE_CONSENSUS = 3;
/** Approved consensus items written out, the latest ones; earlier ones are counted. */
export const PROJECTOR_APPROVED_COUNT = 4;
/** Items put to the room shown with their counts at once (rarely more than one); later ones are counted. */
export const PROJECTOR_OPEN_COUNT = 2;

export interface ProjectorOpenItem {
  item: ConsensusItemView;
  counts: SignalCounts;
  total: number;
}

/** What the room has agreed and what it is being asked: shown in every view once there is any. */
export interface ProjectorConsensusModel {
  /** Put to the room now, each with its live signal counts, the first ones opened. */
  open: ProjectorOpenItem[];
  /** Items put to the room but not shown (beyond PROJECTOR_OPEN_COUNT). */
  moreOpen: number;
  /** The latest approved items, by number. */
  approved: ConsensusItemView[];
  /** Approved items not written out (the earliest ones). */
  earlierApproved: number;
}

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
  /** null while no item is open or approved. */
  consensus: ProjectorConsensusModel | null;
}

export function projectorConsensus(snapshot: Pick<ForumSnapshot, 'consensus' | 'consensusTallies'>): ProjectorConsensusModel | null {
  const groups = groupConsensus(snapshot.consensus);
  if (groups.open.length === 0 && groups.approved.length === 0) return null;
  const open = groups.open.slice(0, PROJECTOR_OPEN_COUNT).map((item) => {
    const { total } = tallyTable(snapshot.consensusTallies[item.id]);
    return { item, counts: total.counts, total: total.total };
  });
  const approved = groups.approved.slice(-PROJECTOR_APPROVED_COUNT);
  return { open, moreOpen: groups.open.length - open.length, approved, earlierApproved: groups.approved.length - approved.length };
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
    attendance: roomCounts(snapshot),
    consensus: projectorConsensus(snapshot),
  };
}
