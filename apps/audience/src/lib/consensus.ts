import type { ConsensusSignal, FollowUpPlan } from '@mufakat/contracts';

/** A signal sent but not yet acknowledged; `seq` tells a later tap on the same item from an earlier one. */
export interface PendingSignal {
  signal: ConsensusSignal;
  seq: number;
}

export type PendingSignals = Record<string, PendingSignal>;

/** What the buttons show: the tap on its way, else what the server holds. */
export function shownSignal(itemId: string, fromServer: Readonly<Record<string, ConsensusSignal>>, pending: Readonly<PendingSignals>): ConsensusSignal | null {
  return pending[itemId]?.signal ?? fromServer[itemId] ?? null;
}

/**
 * Forgets a pending signal once its acknowledgement came, unless a later tap on the same item is still on its
 * way: that one decides what shows. On a refusal the buttons fall back to the server's copy, which holds the
 * last acknowledged signal: the rollback.
 */
export function settleSignal(pending: Readonly<PendingSignals>, itemId: string, seq: number): PendingSignals {
  return pending[itemId]?.seq === seq ? omit(pending, itemId) : { ...pending };
}

export function omit<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const rest = { ...record };
  delete rest[key];
  return rest;
}

/** "15 Maret 2026" / "March 15, 2026"; the deadline is a calendar date, so no time zone may shift it. */
export function formatDeadline(deadline: string, language: string): string {
  const date = new Date(`${deadline}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? deadline : new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The deadline, the time frame in words, or both. */
export function followUpWhen(plan: FollowUpPlan, language: string): string {
  return [plan.deadline && formatDeadline(plan.deadline, language), plan.timeFrame].filter(Boolean).join(' · ');
}
