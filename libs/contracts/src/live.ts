import type { AckCallback } from './ack';
import type {
  CheckInCode,
  CheckInResult,
  CheckInState,
  ConfirmAttendanceRequest,
  SetCheckInRequest,
  SubmitCheckInRequest,
  VoidAttendeeRequest,
} from './check-in';
import type { AgendaState, EndAgendaItemRequest, ReorderAgendaRequest, StartAgendaItemRequest } from './agenda';
import type { StaffRole } from './domain';
import type {
  AnswerPollRequest,
  AnswerPollResult,
  CreatePollRequest,
  DeletePollRequest,
  PollAnswer,
  PollResults,
  PollView,
  SetPollResultsVisibleRequest,
  SetPollStatusRequest,
  UpdatePollRequest,
} from './polls';
import type { ForumSettings, ProjectorView, ShowOnProjectorRequest, UpdateSettingsRequest } from './projector';
import type {
  AskQuestionRequest,
  EditOwnQuestionRequest,
  EditQuestionRequest,
  ModerateQuestionRequest,
  ModerationQuestion,
  MyQuestion,
  PinQuestionRequest,
  PublicQuestion,
  ReplyQuestionRequest,
  SetQuestionStatusRequest,
  UpvoteRequest,
  UpvoteResult,
  WithdrawQuestionRequest,
} from './questions';
import type { ReactionBurst, SendReactionRequest } from './reactions';
import type { AgendaItemView } from './agenda';
import type {
  ApproveConsensusRequest,
  ConsensusItemView,
  ConsensusSignal,
  ConsensusTally,
  CreateConsensusRequest,
  MoveConsensusRequest,
  SignalConsensusRequest,
  SignalConsensusResult,
  UpdateConsensusRequest,
  UpdateFollowUpRequest,
} from './consensus';
import type { DocumentVersionView, RepresentativeView, SigningTask } from './documents';
import type { FkpReportView } from './reports';
import type { IkmResult, SetSurveyOpenRequest, SubmitSurveyRequest, SurveyState } from './survey';
import type { JoinInfo, ParticipantView, RegisterParticipantRequest, RegisterParticipantResponse } from './rest';
import type { EndSpeakerRequest, GiveFloorRequest, LowerHandRequest, RaiseHandRequest, ReorderSpeakersRequest, SpeakerView } from './speakers';

/** Socket.IO handshake `auth`: which forum, and who is asking. Staff are known by their session cookie. */
export interface LiveAuth {
  forumId: string;
  attendeeToken?: string;
  projectorKey?: string;
  /**
   * A new attendee registers in the handshake itself, with the forum's join code: one connection per phone instead
   * of a request and then a connection. The server answers `LiveEvent.registered` first thing once connected, and
   * refuses the connection as it would the request (the refusal is the `connect_error`'s data).
   */
  joinCode?: string;
  registration?: RegisterParticipantRequest;
}

/** Voided attendees are counted nowhere. */
export interface AttendanceCounts {
  room: number;
  online: number;
  /** Present while check-in is on: attendees checked in or confirmed by staff. */
  verified?: number;
}

export type Viewer =
  | {
      role: 'attendee';
      participantId: string;
      name: string;
      votedQuestionIds: string[];
      myQuestions: MyQuestion[];
      /** pollId → this attendee's answer. */
      myPollAnswers: Record<string, PollAnswer>;
      /** consensus item id → this attendee's signal. */
      myConsensusSignals: Record<string, ConsensusSignal>;
      /** This attendee's survey scores, U1..U9, once answered. */
      mySurvey: number[] | null;
      /** Set when the organiser named this attendee a representative who signs the Berita Acara. */
      signing: SigningTask | null;
      /** Checked in (or confirmed by staff). */
      verified: boolean;
    }
  | { role: 'projector' }
  | { role: StaffRole; userId: string; name: string };

export interface StaffState {
  /** Sequence number of the staff stream. */
  seq: number;
  /** Every question of the forum, whatever its status. */
  questions: ModerationQuestion[];
  participants: ParticipantView[];
  /** Every poll, drafts included. */
  polls: PollView[];
  /** Results of every opened poll, visible to attendees or not. */
  pollResults: Record<string, PollResults>;
  /** Every consensus item, drafts and set-aside ones included. */
  consensus: ConsensusItemView[];
  /** The IKM of the answers so far; null before the first answer. */
  ikm: IkmResult | null;
  /** Berita Acara versions, newest first. */
  documents: DocumentVersionView[];
  representatives: RepresentativeView[];
  /** FKP reports, newest first. */
  reports: FkpReportView[];
}

/** Full forum state for one viewer; every later change carries the next sequence number. */
export interface ForumSnapshot {
  /** Sequence number of the public stream. */
  seq: number;
  /** The server's clock when the snapshot was made, so timers agree across devices. */
  serverTime: string;
  forum: JoinInfo;
  settings: ForumSettings;
  agenda: AgendaItemView[];
  currentAgendaItemId: string | null;
  /**
   * The projector's and staff's snapshots only, read fresh with each; later counts go to them alone
   * (`LiveEvent.attendance`). Attendees' phones do not show counts: counting the room for each of a join storm's
   * snapshots was a third of the database's work, and sending them every phone ten frames a second.
   */
  attendance?: AttendanceCounts;
  /** Approved and answered questions, ranked. */
  questions: PublicQuestion[];
  /** Opened and closed polls (no drafts). */
  polls: PollView[];
  /** Results attendees may see (polls with resultsVisible). */
  pollResults: Record<string, PollResults>;
  /** Waiting and speaking requests, in queue order. */
  speakers: SpeakerView[];
  /** Open and approved consensus items, in creation order. */
  consensus: ConsensusItemView[];
  /** Signals on the open and approved items. */
  consensusTallies: Record<string, ConsensusTally>;
  survey: SurveyState;
  projector: ProjectorView;
  checkIn: CheckInState;
  viewer: Viewer;
  /** Present for staff only. */
  staff?: StaffState;
}

export type PublicChange =
  | { type: 'question.upserted'; question: PublicQuestion }
  /** The question left the room's view (archived). */
  | { type: 'question.removed'; questionId: string }
  /** Coalesced vote tallies: question id → upvotes. */
  | { type: 'tallies'; upvotes: Record<string, number> }
  | ({ type: 'agenda.updated' } & AgendaState)
  | { type: 'poll.upserted'; poll: PollView }
  | { type: 'poll.removed'; pollId: string }
  /** Coalesced; only for polls whose results attendees may see. */
  | { type: 'poll.results'; pollId: string; results: PollResults }
  | { type: 'speakers.updated'; speakers: SpeakerView[] }
  | { type: 'consensus.upserted'; item: ConsensusItemView }
  /** The item left the room's view (withdrawn to draft or set aside). */
  | { type: 'consensus.removed'; itemId: string }
  /** Coalesced signal counts. */
  | { type: 'consensus.tally'; itemId: string; tally: ConsensusTally }
  | { type: 'survey.changed'; survey: SurveyState }
  | { type: 'projector.changed'; projector: ProjectorView }
  | { type: 'settings.changed'; settings: ForumSettings }
  | { type: 'checkIn.changed'; checkIn: CheckInState };

export type StaffChange =
  | { type: 'question.updated'; question: ModerationQuestion }
  | { type: 'participant.joined'; participant: ParticipantView }
  /** Verified or voided. */
  | { type: 'participant.updated'; participant: ParticipantView }
  | { type: 'poll.updated'; poll: PollView }
  | { type: 'poll.deleted'; pollId: string }
  /** Coalesced results of any opened poll. */
  | { type: 'poll.results'; pollId: string; results: PollResults }
  | { type: 'consensus.updated'; item: ConsensusItemView }
  /** Coalesced with the respondent count. */
  | { type: 'ikm.updated'; ikm: IkmResult | null }
  /** Minutes generation: status and progress of one document version. */
  | { type: 'document.updated'; document: DocumentVersionView }
  /** FKP report generation: status and progress of one report. */
  | { type: 'report.updated'; report: FkpReportView }
  | { type: 'representatives.updated'; representatives: RepresentativeView[] };

export type ForumChange = { stream: 'public'; seq: number; change: PublicChange } | { stream: 'staff'; seq: number; change: StaffChange };

export interface SyncRequest {
  reason?: 'connect' | 'gap';
}

/** Event names, in one place so a rename breaks both ends at build time. */
export const LiveEvent = {
  sync: 'forum:sync',
  changed: 'forum:changed',
  myQuestion: 'me:question',
  reactions: 'forum:reactions',
  attendance: 'forum:attendance',
  registered: 'me:registered',
  updateSettings: 'forum:update-settings',
  ask: 'question:ask',
  editOwn: 'question:edit-own',
  withdraw: 'question:withdraw',
  upvote: 'question:upvote',
  moderate: 'question:moderate',
  editQuestion: 'question:edit',
  setQuestionStatus: 'question:set-status',
  pin: 'question:pin',
  reply: 'question:reply',
  startAgendaItem: 'agenda:start',
  endAgendaItem: 'agenda:end',
  reorderAgenda: 'agenda:reorder',
  createPoll: 'poll:create',
  updatePoll: 'poll:update',
  deletePoll: 'poll:delete',
  setPollStatus: 'poll:set-status',
  setPollResultsVisible: 'poll:set-results-visible',
  answerPoll: 'poll:answer',
  raiseHand: 'speaker:raise-hand',
  lowerHand: 'speaker:lower-hand',
  reorderSpeakers: 'speaker:reorder',
  giveFloor: 'speaker:give-floor',
  endSpeaker: 'speaker:end',
  react: 'reaction:send',
  showOnProjector: 'projector:show',
  createConsensus: 'consensus:create',
  updateConsensus: 'consensus:update',
  moveConsensus: 'consensus:move',
  approveConsensus: 'consensus:approve',
  updateFollowUp: 'consensus:update-follow-up',
  signalConsensus: 'consensus:signal',
  setSurveyOpen: 'survey:set-open',
  submitSurvey: 'survey:submit',
  mySigning: 'me:signing',
  setCheckIn: 'check-in:set',
  checkInCode: 'check-in:code',
  checkIn: 'check-in:submit',
  confirmAttendance: 'participant:confirm',
  voidAttendee: 'participant:void',
} as const;

export interface ClientToServerEvents {
  [LiveEvent.sync]: (payload: SyncRequest, ack: AckCallback<ForumSnapshot>) => void;
  [LiveEvent.updateSettings]: (payload: UpdateSettingsRequest, ack: AckCallback<ForumSettings>) => void;
  [LiveEvent.ask]: (payload: AskQuestionRequest, ack: AckCallback<MyQuestion>) => void;
  [LiveEvent.editOwn]: (payload: EditOwnQuestionRequest, ack: AckCallback<MyQuestion>) => void;
  [LiveEvent.withdraw]: (payload: WithdrawQuestionRequest, ack: AckCallback<MyQuestion>) => void;
  [LiveEvent.upvote]: (payload: UpvoteRequest, ack: AckCallback<UpvoteResult>) => void;
  [LiveEvent.moderate]: (payload: ModerateQuestionRequest, ack: AckCallback<ModerationQuestion>) => void;
  [LiveEvent.editQuestion]: (payload: EditQuestionRequest, ack: AckCallback<ModerationQuestion>) => void;
  [LiveEvent.setQuestionStatus]: (payload: SetQuestionStatusRequest, ack: AckCallback<ModerationQuestion>) => void;
  [LiveEvent.pin]: (payload: PinQuestionRequest, ack: AckCallback<{ questionId: string | null }>) => void;
  [LiveEvent.reply]: (payload: ReplyQuestionRequest, ack: AckCallback<ModerationQuestion>) => void;
  [LiveEvent.startAgendaItem]: (payload: StartAgendaItemRequest, ack: AckCallback<AgendaState>) => void;
  [LiveEvent.endAgendaItem]: (payload: EndAgendaItemRequest, ack: AckCallback<AgendaState>) => void;
  [LiveEvent.reorderAgenda]: (payload: ReorderAgendaRequest, ack: AckCallback<AgendaState>) => void;
  [LiveEvent.createPoll]: (payload: CreatePollRequest, ack: AckCallback<PollView>) => void;
  [LiveEvent.updatePoll]: (payload: UpdatePollRequest, ack: AckCallback<PollView>) => void;
  [LiveEvent.deletePoll]: (payload: DeletePollRequest, ack: AckCallback<{ pollId: string }>) => void;
  [LiveEvent.setPollStatus]: (payload: SetPollStatusRequest, ack: AckCallback<PollView>) => void;
  [LiveEvent.setPollResultsVisible]: (payload: SetPollResultsVisibleRequest, ack: AckCallback<PollView>) => void;
  [LiveEvent.answerPoll]: (payload: AnswerPollRequest, ack: AckCallback<AnswerPollResult>) => void;
  [LiveEvent.raiseHand]: (payload: RaiseHandRequest, ack: AckCallback<SpeakerView>) => void;
  [LiveEvent.lowerHand]: (payload: LowerHandRequest, ack: AckCallback<{ lowered: boolean }>) => void;
  [LiveEvent.reorderSpeakers]: (payload: ReorderSpeakersRequest, ack: AckCallback<SpeakerView[]>) => void;
  [LiveEvent.giveFloor]: (payload: GiveFloorRequest, ack: AckCallback<SpeakerView>) => void;
  [LiveEvent.endSpeaker]: (payload: EndSpeakerRequest, ack: AckCallback<SpeakerView>) => void;
  [LiveEvent.react]: (payload: SendReactionRequest, ack: AckCallback<{ sent: true }>) => void;
  [LiveEvent.showOnProjector]: (payload: ShowOnProjectorRequest, ack: AckCallback<ProjectorView>) => void;
  [LiveEvent.createConsensus]: (payload: CreateConsensusRequest, ack: AckCallback<ConsensusItemView>) => void;
  [LiveEvent.updateConsensus]: (payload: UpdateConsensusRequest, ack: AckCallback<ConsensusItemView>) => void;
  [LiveEvent.moveConsensus]: (payload: MoveConsensusRequest, ack: AckCallback<ConsensusItemView>) => void;
  [LiveEvent.approveConsensus]: (payload: ApproveConsensusRequest, ack: AckCallback<ConsensusItemView>) => void;
  [LiveEvent.updateFollowUp]: (payload: UpdateFollowUpRequest, ack: AckCallback<ConsensusItemView>) => void;
  [LiveEvent.signalConsensus]: (payload: SignalConsensusRequest, ack: AckCallback<SignalConsensusResult>) => void;
  [LiveEvent.setSurveyOpen]: (payload: SetSurveyOpenRequest, ack: AckCallback<SurveyState>) => void;
  [LiveEvent.submitSurvey]: (payload: SubmitSurveyRequest, ack: AckCallback<{ scores: number[] }>) => void;
  [LiveEvent.setCheckIn]: (payload: SetCheckInRequest, ack: AckCallback<CheckInState>) => void;
  /** Projector and staff only. */
  [LiveEvent.checkInCode]: (payload: Record<string, never>, ack: AckCallback<CheckInCode>) => void;
  [LiveEvent.checkIn]: (payload: SubmitCheckInRequest, ack: AckCallback<CheckInResult>) => void;
  [LiveEvent.confirmAttendance]: (payload: ConfirmAttendanceRequest, ack: AckCallback<ParticipantView>) => void;
  [LiveEvent.voidAttendee]: (payload: VoidAttendeeRequest, ack: AckCallback<ParticipantView>) => void;
}

export interface ServerToClientEvents {
  [LiveEvent.changed]: (change: ForumChange) => void;
  /** To a socket that registered in its handshake, before anything else: its token, to reconnect with. */
  [LiveEvent.registered]: (registration: RegisterParticipantResponse) => void;
  /** Private to the asker: one of their own questions changed. */
  [LiveEvent.myQuestion]: (question: MyQuestion) => void;
  /** Ephemeral, coalesced reaction counts (projector and staff). */
  [LiveEvent.reactions]: (burst: ReactionBurst) => void;
  /** Coalesced, unnumbered attendance counts (projector and staff): after joins, check-ins and voids. */
  [LiveEvent.attendance]: (attendance: AttendanceCounts) => void;
  /** Private to a representative: what to sign changed (a new version is ready, or their signature landed). */
  [LiveEvent.mySigning]: (task: SigningTask | null) => void;
}

export type ClientEventName = keyof ClientToServerEvents;
/** The payload type of a client → server event. */
export type ClientPayload<E extends ClientEventName> = Parameters<ClientToServerEvents[E]>[0];
/** The acknowledgement type of a client → server event. */
export type ClientAck<E extends ClientEventName> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];
