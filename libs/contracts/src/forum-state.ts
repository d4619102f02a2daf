import type { ForumChange, ForumSnapshot, PublicChange, StaffChange, StaffState } from './live';
import type { PublicQuestion } from './questions';

/** Most upvoted first; ties keep the order they were asked in. */
export function rankQuestions<Q extends Pick<PublicQuestion, 'id' | 'upvotes' | 'createdAt'>>(questions: readonly Q[]): Q[] {
  return [...questions].sort((a, b) => b.upvotes - a.upvotes || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Newest first. */
export function recentQuestions<Q extends Pick<PublicQuestion, 'id' | 'createdAt'>>(questions: readonly Q[]): Q[] {
  return [...questions].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
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

function upsert<T extends { id: string }>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index === -1) return [...items, item];
  const copy = [...items];
  copy[index] = item;
  return copy;
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function applyPublic(state: ForumSnapshot, change: PublicChange): ForumSnapshot {
  switch (change.type) {
    case 'agenda.updated':
      return { ...state, agenda: change.agenda, currentAgendaItemId: change.currentAgendaItemId };
    case 'question.upserted': {
      // Pinning one question unpins the others.
      const others = change.question.pinned ? state.questions.map((q) => (q.pinned ? { ...q, pinned: false } : q)) : state.questions;
      return { ...state, questions: rankQuestions(upsert(others, change.question)) };
    }
    case 'question.removed':
      return { ...state, questions: state.questions.filter((q) => q.id !== change.questionId) };
    case 'tallies': {
      const questions = state.questions.map((q) => (q.id in change.upvotes ? { ...q, upvotes: change.upvotes[q.id] } : q));
      return { ...state, questions: rankQuestions(questions) };
    }
    case 'poll.upserted': {
      // Hidden results leave the room's view, as a fresh snapshot would have them.
      if (change.poll.resultsVisible) return { ...state, polls: upsert(state.polls, change.poll) };
      return { ...state, polls: upsert(state.polls, change.poll), pollResults: without(state.pollResults, change.poll.id) };
    }
    case 'poll.removed':
      return { ...state, polls: state.polls.filter((p) => p.id !== change.pollId), pollResults: without(state.pollResults, change.pollId) };
    case 'poll.results':
      return { ...state, pollResults: { ...state.pollResults, [change.pollId]: change.results } };
    case 'speakers.updated':
      return { ...state, speakers: change.speakers };
    case 'consensus.upserted':
      return { ...state, consensus: upsert(state.consensus, change.item) };
    case 'consensus.removed':
      return {
        ...state,
        consensus: state.consensus.filter((c) => c.id !== change.itemId),
        consensusTallies: without(state.consensusTallies, change.itemId),
      };
    case 'consensus.tally':
      return { ...state, consensusTallies: { ...state.consensusTallies, [change.itemId]: change.tally } };
    case 'survey.changed':
      return { ...state, survey: change.survey };
    case 'projector.changed':
      return { ...state, projector: change.projector };
    case 'settings.changed':
      return { ...state, settings: change.settings };
    case 'checkIn.changed':
      return { ...state, checkIn: change.checkIn };
  }
}

function applyStaff(staff: StaffState, change: StaffChange): StaffState {
  switch (change.type) {
    case 'question.updated': {
      const others = change.question.pinned ? staff.questions.map((q) => (q.pinned ? { ...q, pinned: false } : q)) : staff.questions;
      return { ...staff, questions: upsert(others, change.question) };
    }
    case 'participant.joined':
    case 'participant.updated':
      return { ...staff, participants: upsert(staff.participants, change.participant) };
    case 'poll.updated':
      return { ...staff, polls: upsert(staff.polls, change.poll) };
    case 'poll.deleted':
      return { ...staff, polls: staff.polls.filter((p) => p.id !== change.pollId), pollResults: without(staff.pollResults, change.pollId) };
    case 'poll.results':
      return { ...staff, pollResults: { ...staff.pollResults, [change.pollId]: change.results } };
    case 'consensus.updated':
      return { ...staff, consensus: upsert(staff.consensus, change.item) };
    case 'ikm.updated':
      return { ...staff, ikm: change.ikm };
    case 'document.updated':
      return { ...staff, documents: upsert(staff.documents, change.document).sort((a, b) => b.version - a.version) };
    case 'representatives.updated':
      return { ...staff, representatives: change.representatives };
    case 'report.updated':
      return { ...staff, reports: upsert(staff.reports, change.report).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt)) };
  }
}
