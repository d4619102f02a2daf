import {
  CONSENSUS_LIMITS,
  CONSENSUS_SIGNALS,
  STAKEHOLDER_CATEGORIES,
  emptySignalCounts,
  percentOf,
  type ConsensusMove,
  type ConsensusSignal,
  type ConsensusStatus,
  type ConsensusTally,
  type CreateConsensusRequest,
  type SignalCounts,
} from '@mufakat/contracts';
import { requiredText, type FieldError } from './validation';

/** The facilitator's order of work: what the room is asked now, the drafts, then what was decided. */
export const CONSENSUS_GROUPS = ['open', 'draft', 'approved', 'set_aside'] as const satisfies readonly ConsensusStatus[];

/** What the facilitator may do with an item; a move names the status it goes to. */
export type ConsensusAction =
  { kind: 'move'; name: 'open' | 'withdraw' | 'setAside' | 'restore'; to: ConsensusMove } | { kind: 'edit' } | { kind: 'approve' } | { kind: 'editFollowUp' };

const OPEN = { kind: 'move', name: 'open', to: 'open' } as const;
const WITHDRAW = { kind: 'move', name: 'withdraw', to: 'draft' } as const;
const SET_ASIDE = { kind: 'move', name: 'setAside', to: 'set_aside' } as const;
const RESTORE = { kind: 'move', name: 'restore', to: 'draft' } as const;

/**
 * draft → open → approved or set aside. Only an item the room was asked about is approved; an approved
 * item's text is locked and only its follow-up changes; a set-aside item may be put to the room again or
 * come back as a draft.
 */
export function consensusActions(status: ConsensusStatus): ConsensusAction[] {
  switch (status) {
    case 'draft':
      return [OPEN, { kind: 'edit' }, SET_ASIDE];
    case 'open':
      return [{ kind: 'approve' }, { kind: 'edit' }, WITHDRAW, SET_ASIDE];
    case 'approved':
      return [{ kind: 'editFollowUp' }];
    case 'set_aside':
      return [OPEN, RESTORE];
  }
}

export interface ConsensusDraftValues {
  text: string;
  /** Empty: not tied to an agenda item. */
  agendaItemId: string;
}

export function emptyConsensusDraft(agendaItemId: string | null = null): ConsensusDraftValues {
  return { text: '', agendaItemId: agendaItemId ?? '' };
}

export function consensusTextError(text: string): FieldError | undefined {
  return requiredText(text, CONSENSUS_LIMITS.text);
}

export type ConsensusDraftResult = { ok: true; request: CreateConsensusRequest } | { ok: false; error: FieldError };

/** Validates the draft form and builds the request for `consensus:create` (or, with an id, `consensus:update`). */
export function toConsensusRequest(values: ConsensusDraftValues): ConsensusDraftResult {
  const error = consensusTextError(values.text);
  if (error) return { ok: false, error };
  return { ok: true, request: { text: values.text.trim(), agendaItemId: values.agendaItemId || null } };
}

export function signalTotal(counts: SignalCounts): number {
  return CONSENSUS_SIGNALS.reduce((sum, signal) => sum + counts[signal], 0);
}

export interface TallyRow {
  /** A stakeholder category; the server may also send categories an organiser added. */
  category: string;
  counts: SignalCounts;
  total: number;
  /** Share of this row's signals, whole percent. */
  percent: Record<ConsensusSignal, number>;
}

export interface TallyTable {
  total: TallyRow;
  /** Categories with at least one signal, in the FKP guideline's order, others after them by name. */
  categories: TallyRow[];
}

function tallyRow(category: string, counts: SignalCounts): TallyRow {
  const total = signalTotal(counts);
  const percent = Object.fromEntries(CONSENSUS_SIGNALS.map((s) => [s, percentOf(counts[s], total)])) as Record<ConsensusSignal, number>;
  return { category, counts, total, percent };
}

const categoryRank = (category: string) => {
  const index = (STAKEHOLDER_CATEGORIES as readonly string[]).indexOf(category);
  return index === -1 ? STAKEHOLDER_CATEGORIES.length : index;
};

/** The totals and the split by stakeholder category, as rows of one table; zeros when nothing came yet. */
export function tallyTable(tally: ConsensusTally | undefined): TallyTable {
  const byCategory = Object.entries(tally?.byCategory ?? {}) as Array<[string, SignalCounts | undefined]>;
  const categories = byCategory
    .filter((entry): entry is [string, SignalCounts] => entry[1] !== undefined && signalTotal(entry[1]) > 0)
    .sort(([a], [b]) => categoryRank(a) - categoryRank(b) || a.localeCompare(b))
    .map(([category, counts]) => tallyRow(category, counts));
  return { total: tallyRow('total', tally?.total ?? emptySignalCounts()), categories };
}
