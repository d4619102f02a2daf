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
/**
 * Where a move may take an item from each status. An approved item is locked; a set-aside one may be put to
 * the room again or come back as a draft.
 */
export const CONSENSUS_MOVES_FROM: Readonly<Record<ConsensusStatus, readonly ConsensusMove[]>> = {
  draft: ['open', 'set_aside'],
  open: ['draft', 'set_aside'],
  set_aside: ['open', 'draft'],
  approved: [],
};
/** Statuses the room sees (and signals on, while open): the snapshot's items and their tallies. */
export const ROOM_CONSENSUS_STATUSES = ['open', 'approved'] as const satisfies readonly ConsensusStatus[];
export type RoomConsensusStatus = (typeof ROOM_CONSENSUS_STATUSES)[number];
export function isRoomConsensusStatus(status: ConsensusStatus): status is RoomConsensusStatus {
  return (ROOM_CONSENSUS_STATUSES as readonly ConsensusStatus[]).includes(status);
}

export const CONSENSUS_SIGNALS = ['agree', 'disagree', 'abstain'] as const;
export type ConsensusSignal = (typeof CONSENSUS_SIGNALS)[number];

/**
 * An approved item's follow-up status: the live status of its action on the follow-up board (ActionStatus); an
 * action is dropped only there, with a reason.
 */
export const FOLLOW_UP_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
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
  /** Present while check-in is on: the signals of verified attendees only. */
  verified?: SignalCounts;
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

/** How many attendees of one stakeholder category gave one signal on one item (a grouped count). */
export interface SignalCountRow {
  itemId: string;
  category: StakeholderCategory;
  signal: ConsensusSignal;
  count: number;
  /** Counts of verified attendees, when the caller asked for them apart. */
  verified?: boolean;
}

/**
 * Folds grouped counts into one tally per item; every item asked for gets one, empty if nobody signalled. With
 * `withVerified`, each tally also counts the rows marked verified apart.
 */
export function talliesFromCounts(itemIds: readonly string[], rows: readonly SignalCountRow[], withVerified = false): Record<string, ConsensusTally> {
  const tallies: Record<string, ConsensusTally> = Object.fromEntries(
    itemIds.map((id) => [
      id,
      withVerified ? { total: emptySignalCounts(), byCategory: {}, verified: emptySignalCounts() } : { total: emptySignalCounts(), byCategory: {} },
    ]),
  );
  for (const row of rows) {
    const tally = tallies[row.itemId];
    if (!tally) continue;
    tally.total[row.signal] += row.count;
    if (tally.verified && row.verified) tally.verified[row.signal] += row.count;
    const byCategory = (tally.byCategory[row.category] ??= emptySignalCounts());
    byCategory[row.signal] += row.count;
  }
  return tallies;
}

export type ConsensusGroups = Record<ConsensusStatus, ConsensusItemView[]>;

const byCreation = (a: ConsensusItemView, b: ConsensusItemView) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * Items by status, in the order every screen lists them: open ones as they were put to the room, drafts as
 * written, approved ones by their number (the order of the Berita Acara), set-aside ones most recent first.
 */
export function groupConsensus(items: readonly ConsensusItemView[]): ConsensusGroups {
  const groups: ConsensusGroups = { open: [], draft: [], approved: [], set_aside: [] };
  for (const item of items) groups[item.status].push(item);
  groups.open.sort((a, b) => (a.openedAt ?? a.createdAt).localeCompare(b.openedAt ?? b.createdAt) || byCreation(a, b));
  groups.draft.sort(byCreation);
  groups.approved.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || byCreation(a, b));
  groups.set_aside.sort((a, b) => (b.decidedAt ?? b.createdAt).localeCompare(a.decidedAt ?? a.createdAt) || byCreation(a, b));
  return groups;
}
