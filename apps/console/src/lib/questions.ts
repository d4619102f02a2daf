import {
  isRoomQuestionStatus,
  QUESTION_STATUSES,
  rankQuestions,
  recentQuestions,
  STAFF_QUESTION_STATUSES,
  type ModerationQuestion,
  type PublicQuestion,
  type QuestionStatus,
} from '@mufakat/contracts';

export type QuestionSort = 'top' | 'recent';

/** `room`: what the room sees (ROOM_QUESTION_STATUSES); `all`: every question, whatever its status. */
export type StatusFilter = 'room' | 'all' | QuestionStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = ['room', 'all', ...QUESTION_STATUSES];

/** `all`, `none` (asked without an agenda item), or an agenda item id. */
export type AgendaFilter = string;
export const AGENDA_FILTER_ALL = 'all';
export const AGENDA_FILTER_NONE = 'none';

export interface QuestionFilters {
  status: StatusFilter;
  agenda: AgendaFilter;
  sort: QuestionSort;
}

export const DEFAULT_QUESTION_FILTERS: QuestionFilters = { status: 'room', agenda: AGENDA_FILTER_ALL, sort: 'top' };

export function isStatusFilter(value: string): value is StatusFilter {
  return (STATUS_FILTERS as readonly string[]).includes(value);
}

export function matchesStatus(status: QuestionStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'room') return isRoomQuestionStatus(status);
  return status === filter;
}

export function matchesAgenda(agendaItemId: string | null, filter: AgendaFilter): boolean {
  if (filter === AGENDA_FILTER_ALL) return true;
  if (filter === AGENDA_FILTER_NONE) return agendaItemId === null;
  return agendaItemId === filter;
}

/** The staff list of questions: filtered by status and agenda item, then ranked by upvotes or newest first. */
export function selectQuestions(questions: readonly ModerationQuestion[], filters: QuestionFilters): ModerationQuestion[] {
  const kept = questions.filter((q) => matchesStatus(q.status, filters.status) && matchesAgenda(q.agendaItemId, filters.agenda));
  return filters.sort === 'top' ? rankQuestions(kept) : recentQuestions(kept);
}

/**
 * Staff questions with the room's live upvote counts: coalesced tallies arrive on the public stream only,
 * so the staff copy of a question in the room would otherwise keep the count it had when it last changed.
 */
export function withLiveUpvotes(
  staffQuestions: readonly ModerationQuestion[],
  roomQuestions: readonly Pick<PublicQuestion, 'id' | 'upvotes'>[],
): ModerationQuestion[] {
  const live = new Map(roomQuestions.map((q) => [q.id, q.upvotes]));
  return staffQuestions.map((q) => {
    const upvotes = live.get(q.id);
    return upvotes === undefined || upvotes === q.upvotes ? q : { ...q, upvotes };
  });
}

/** Questions waiting for a moderator, in the order they were asked. */
export function pendingQueue(questions: readonly ModerationQuestion[]): ModerationQuestion[] {
  return recentQuestions(questions.filter((q) => q.status === 'pending')).reverse();
}

/** Whether staff may still move the question between approved, answered and archived. */
export function isModerated(status: QuestionStatus): boolean {
  return (STAFF_QUESTION_STATUSES as readonly QuestionStatus[]).includes(status);
}

export interface AuthorLabel {
  /** The room sees "Anonim". */
  anonymous: boolean;
  /** Shown to staff only (muted when the question is anonymous); null in fully anonymous forums. */
  name: string | null;
  institution: string | null;
}

export function authorLabel(question: Pick<ModerationQuestion, 'anonymous' | 'authorName' | 'authorInstitution'>): AuthorLabel {
  return {
    anonymous: question.anonymous || question.authorName === null,
    name: question.authorName,
    institution: question.authorName === null ? null : question.authorInstitution,
  };
}
