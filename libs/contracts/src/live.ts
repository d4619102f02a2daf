import type { Ack, AckCallback } from './ack';
import type { ModerationDecision, QuestionStatus, StaffRole, StakeholderCategory } from './domain';
import type { AgendaItemView, JoinInfo, ParticipantView } from './rest';

/** Socket.IO handshake `auth`: which forum, and who is asking. Staff are known by their session cookie. */
export interface LiveAuth {
  forumId: string;
  attendeeToken?: string;
  projectorKey?: string;
}

export interface AttendanceCounts {
  room: number;
  online: number;
}

/** A question as the room sees it (approved only). */
export interface PublicQuestion {
  id: string;
  agendaItemId: string | null;
  text: string;
  authorName: string;
  upvotes: number;
  createdAt: string;
}

/** A question as the moderation queue sees it. */
export interface ModerationQuestion {
  id: string;
  agendaItemId: string | null;
  text: string;
  authorName: string;
  authorInstitution: string;
  authorCategory: StakeholderCategory;
  status: QuestionStatus;
  createdAt: string;
}

/** The asker's own view of a question, whatever its status. */
export interface MyQuestion {
  id: string;
  agendaItemId: string | null;
  text: string;
  status: QuestionStatus;
  createdAt: string;
}

export type Viewer =
  | { role: 'attendee'; participantId: string; name: string; votedQuestionIds: string[]; myQuestions: MyQuestion[] }
  | { role: 'projector' }
  | { role: StaffRole; userId: string; name: string };

export interface StaffState {
  /** Sequence number of the staff stream. */
  seq: number;
  pendingQuestions: ModerationQuestion[];
  participants: ParticipantView[];
}

/** Full forum state for one viewer; every later change carries the next sequence number. */
export interface ForumSnapshot {
  /** Sequence number of the public stream. */
  seq: number;
  forum: JoinInfo;
  agenda: AgendaItemView[];
  currentAgendaItemId: string | null;
  attendance: AttendanceCounts;
  /** Approved questions, ranked. */
  questions: PublicQuestion[];
  viewer: Viewer;
  /** Present for staff only. */
  staff?: StaffState;
}

export type PublicChange =
  | { type: 'attendance.counted'; attendance: AttendanceCounts }
  | { type: 'question.published'; question: PublicQuestion }
  | { type: 'agenda.current'; currentAgendaItemId: string | null }
  /** Coalesced vote tallies: question id → upvotes. */
  | { type: 'tallies'; upvotes: Record<string, number> };

export type StaffChange =
  | { type: 'question.submitted'; question: ModerationQuestion }
  | { type: 'question.moderated'; questionId: string; status: QuestionStatus }
  | { type: 'participant.joined'; participant: ParticipantView };

export type ForumChange =
  | { stream: 'public'; seq: number; change: PublicChange }
  | { stream: 'staff'; seq: number; change: StaffChange };

export interface SyncRequest {
  /** Reserved for future filters; send `{}`. */
  reason?: 'connect' | 'gap';
}

export interface AskQuestionRequest {
  agendaItemId?: string | null;
  text: string;
}

export interface UpvoteRequest {
  questionId: string;
  /** true = upvote (idempotent), false = take the upvote back (idempotent). */
  upvoted: boolean;
}

export interface UpvoteResult {
  questionId: string;
  upvoted: boolean;
}

export interface ModerateQuestionRequest {
  questionId: string;
  decision: ModerationDecision;
}

export interface SetCurrentAgendaRequest {
  agendaItemId: string | null;
}

export interface SetCurrentAgendaResult {
  currentAgendaItemId: string | null;
}

/** Event names, in one place so a rename breaks both ends at build time. */
export const LiveEvent = {
  sync: 'forum:sync',
  changed: 'forum:changed',
  myQuestion: 'me:question',
  ask: 'question:ask',
  upvote: 'question:upvote',
  moderate: 'question:moderate',
  setCurrentAgenda: 'agenda:set-current',
} as const;

export interface ClientToServerEvents {
  [LiveEvent.sync]: (payload: SyncRequest, ack: AckCallback<ForumSnapshot>) => void;
  [LiveEvent.ask]: (payload: AskQuestionRequest, ack: AckCallback<MyQuestion>) => void;
  [LiveEvent.upvote]: (payload: UpvoteRequest, ack: AckCallback<UpvoteResult>) => void;
  [LiveEvent.moderate]: (payload: ModerateQuestionRequest, ack: AckCallback<ModerationQuestion>) => void;
  [LiveEvent.setCurrentAgenda]: (payload: SetCurrentAgendaRequest, ack: AckCallback<SetCurrentAgendaResult>) => void;
}

export interface ServerToClientEvents {
  [LiveEvent.changed]: (change: ForumChange) => void;
  /** Private to the asker: one of their own questions changed status. */
  [LiveEvent.myQuestion]: (question: MyQuestion) => void;
}

export type ClientEventName = keyof ClientToServerEvents;
/** The payload type of a client → server event. */
export type ClientPayload<E extends ClientEventName> = Parameters<ClientToServerEvents[E]>[0];
/** The acknowledgement type of a client → server event. */
export type ClientAck<E extends ClientEventName> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends Ack<infer T>
  ? Ack<T>
  : never;
