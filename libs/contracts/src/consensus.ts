import type { StakeholderCategory } from './domain';

/**
 * draft (the facilitator's, staff only) → open (put to the room; attendees signal) → approved (locked, numbered,
 * with a follow-up plan) or set_aside. An open item withdrawn to draft loses its signals: the room is asked again.
 */
export const CONSENSUS_STATUSES = ['draft', 'open', 'approved', 'set_aside'] as const;
export type ConsensusStatus = (typeof CONSENSUS_STATUSES)[number];
/** Statuses the facilitator may move a not yet approved item to; approval has its own event. */
export const CONSENSUS_MOVES = ['draft', 'open', 'set_aside'] as const;
export type ConsensusMove = (typeof CONSENSUS_MOVES)[number];

export const CONSENSUS_SIGNALS = ['agree', 'disagree', 'abstain'] as const;
export type ConsensusSignal = (typeof CONSENSUS_SIGNALS)[number];

export const FOLLOW_UP_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const CONSENSUS_LIMITS = {
  text: 1000,
  action: 1000,
  responsibleUnit: 200,
  timeFrame: 100,
  items: 200,
} as const;

/** What happens after the forum: every approved item has one. A deadline, a time frame in words, or both. */
export interface FollowUpPlan {
  action: string;
  responsibleUnit: string;
  /** Calendar date, YYYY-MM-DD. */
  deadline: string | null;
  /** "3 bulan", "Triwulan II 2027". */
  timeFrame: string | null;
  status: FollowUpStatus;
}

export type SignalCounts = Record<ConsensusSignal, number>;

export interface ConsensusTally {
  total: SignalCounts;
  /** Only categories with at least one signal. */
  byCategory: Partial<Record<StakeholderCategory, SignalCounts>>;
}

export interface ConsensusItemView {
  id: string;
  agendaItemId: string | null;
  text: string;
  status: ConsensusStatus;
  /** 1-based, in approval order; null until approved. */
  number: number | null;
  followUp: FollowUpPlan | null;
  openedAt: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface CreateConsensusRequest {
  text: string;
  agendaItemId?: string | null;
}

/** Only items not approved yet; editing an open item's text clears its signals. */
export interface UpdateConsensusRequest {
  itemId: string;
  text: string;
  agendaItemId?: string | null;
}

export interface MoveConsensusRequest {
  itemId: string;
  status: ConsensusMove;
}

export interface ApproveConsensusRequest {
  itemId: string;
  followUp: FollowUpPlan;
}

/** The follow-up of an approved item keeps changing after the forum (status, deadline). */
export interface UpdateFollowUpRequest {
  itemId: string;
  followUp: FollowUpPlan;
}

export interface SignalConsensusRequest {
  itemId: string;
  signal: ConsensusSignal;
}

export interface SignalConsensusResult {
  itemId: string;
  signal: ConsensusSignal;
}

export function emptySignalCounts(): SignalCounts {
  return { agree: 0, disagree: 0, abstain: 0 };
}
