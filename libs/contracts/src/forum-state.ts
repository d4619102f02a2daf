import type { ForumChange, ForumSnapshot, PublicQuestion, PublicChange, StaffChange, StaffState } from './live';

/** Most upvoted first; ties keep the order they were asked in. */
export function rankQuestions(questions: readonly PublicQuestion[]): PublicQuestion[] {
  return [...questions].sort(
    (a, b) => b.upvotes - a.upvotes || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

export type ApplyResult =
  | { kind: 'applied'; state: ForumSnapshot }
  /** Already seen (a duplicate after a resync): state unchanged. */
  | { kind: 'stale'; state: ForumSnapshot }
  /** A change was missed: the client must ask for a fresh snapshot. */
  | { kind: 'gap'; state: ForumSnapshot };

/** Applies one numbered change to a snapshot, or says that a change was missed. */
export function applyForumChange(state: ForumSnapshot, change: ForumChange): ApplyResult {
  if (change.stream === 'public') {
    if (change.seq <= state.seq) return { kind: 'stale', state };
    if (change.seq !== state.seq + 1) return { kind: 'gap', state };
    return { kind: 'applied', state: { ...applyPublic(state, change.change), seq: change.seq } };
  }
  if (!state.staff) return { kind: 'stale', state };
  if (change.seq <= state.staff.seq) return { kind: 'stale', state };
  if (change.seq !== state.staff.seq + 1) return { kind: 'gap', state };
  return { kind: 'applied', state: { ...state, staff: { ...applyStaff(state.staff, change.change), seq: change.seq } } };
}

function applyPublic(state: ForumSnapshot, change: PublicChange): ForumSnapshot {
  switch (change.type) {
    case 'attendance.counted':
      return { ...state, attendance: change.attendance };
    case 'agenda.current':
      return { ...state, currentAgendaItemId: change.currentAgendaItemId };
    case 'question.published': {
      const others = state.questions.filter((q) => q.id !== change.question.id);
      return { ...state, questions: rankQuestions([...others, change.question]) };
    }
    case 'tallies': {
      const questions = state.questions.map((q) =>
        q.id in change.upvotes ? { ...q, upvotes: change.upvotes[q.id] } : q,
      );
      return { ...state, questions: rankQuestions(questions) };
    }
  }
}

function applyStaff(staff: StaffState, change: StaffChange): StaffState {
  switch (change.type) {
    case 'question.submitted':
      return {
        ...staff,
        pendingQuestions: [...staff.pendingQuestions.filter((q) => q.id !== change.question.id), change.question],
      };
    case 'question.moderated':
      return { ...staff, pendingQuestions: staff.pendingQuestions.filter((q) => q.id !== change.questionId) };
    case 'participant.joined':
      return {
        ...staff,
        participants: [...staff.participants.filter((p) => p.id !== change.participant.id), change.participant],
      };
  }
}
