import type { ModerationDecision, PublicQuestionStatus, QuestionStatus, StaffQuestionStatus, StakeholderCategory } from './domain';

/** A written answer from staff, shown under the question. */
export interface QuestionReply {
  text: string;
  authorName: string;
  at: string;
}

/** A question as the room sees it: approved or answered only. */
export interface PublicQuestion {
  id: string;
  agendaItemId: string | null;
  text: string;
  /** null: asked anonymously (the room shows "Anonim"). */
  authorName: string | null;
  upvotes: number;
  status: PublicQuestionStatus;
  /** Highlighted on the projector as "now discussing"; at most one per forum. */
  pinned: boolean;
  reply: QuestionReply | null;
  createdAt: string;
}

/** A question as staff see it, whatever its status. */
export interface ModerationQuestion {
  id: string;
  agendaItemId: string | null;
  text: string;
  anonymous: boolean;
  /** Who asked, for staff; null only when the forum is fully anonymous. */
  authorName: string | null;
  authorInstitution: string | null;
  authorCategory: StakeholderCategory | null;
  status: QuestionStatus;
  upvotes: number;
  pinned: boolean;
  reply: QuestionReply | null;
  rejectionReason: string | null;
  createdAt: string;
}

/** The asker's own view of a question, whatever its status. */
export interface MyQuestion {
  id: string;
  agendaItemId: string | null;
  text: string;
  anonymous: boolean;
  status: QuestionStatus;
  rejectionReason: string | null;
  reply: QuestionReply | null;
  createdAt: string;
}

export interface AskQuestionRequest {
  agendaItemId?: string | null;
  text: string;
  /** Show "Anonim" to the room. */
  anonymous?: boolean;
}

/** The asker changes their own question while it waits for moderation. */
export interface EditOwnQuestionRequest {
  questionId: string;
  text: string;
}

export interface WithdrawQuestionRequest {
  questionId: string;
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
  /** Shown to the asker when a question is rejected. */
  reason?: string;
}

/** Staff correct a question's text (typos, names) before or after approval. */
export interface EditQuestionRequest {
  questionId: string;
  text: string;
}

export interface SetQuestionStatusRequest {
  questionId: string;
  status: StaffQuestionStatus;
}

export interface PinQuestionRequest {
  /** null: nothing pinned. */
  questionId: string | null;
}

export interface ReplyQuestionRequest {
  questionId: string;
  /** Empty text removes the reply. */
  text: string;
}
