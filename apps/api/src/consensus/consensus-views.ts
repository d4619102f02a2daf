import { emptySignalCounts, type ConsensusItemView, type ConsensusSignal, type ConsensusTally, type StakeholderCategory } from '@mufakat/contracts';
import type { ConsensusItem } from '@mufakat/persistence';

export function toConsensusView(item: ConsensusItem): ConsensusItemView {
  return {
    id: item.id,
    agendaItemId: item.agendaItemId,
    text: item.text,
    status: item.status,
    number: item.number,
    followUp: item.followUp,
    openedAt: item.openedAt?.toISOString() ?? null,
    decidedAt: item.decidedAt?.toISOString() ?? null,
    createdAt: item.createdAt.toISOString(),
  };
}

export interface SignalCountRow {
  itemId: string;
  category: StakeholderCategory;
  signal: ConsensusSignal;
  count: number;
}

/** Folds grouped counts into one tally per item; every item asked for gets one, empty if nobody signalled. */
export function talliesFrom(itemIds: readonly string[], rows: readonly SignalCountRow[]): Record<string, ConsensusTally> {
  const tallies: Record<string, ConsensusTally> = Object.fromEntries(itemIds.map((id) => [id, { total: emptySignalCounts(), byCategory: {} }]));
  for (const row of rows) {
    const tally = tallies[row.itemId];
    if (!tally) continue;
    const count = Number(row.count);
    tally.total[row.signal] += count;
    const byCategory = (tally.byCategory[row.category] ??= emptySignalCounts());
    byCategory[row.signal] += count;
  }
  return tallies;
}
