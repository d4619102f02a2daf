import { talliesFromCounts, type ConsensusTally, type SignalCountRow } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';

/** The signals on the given items, counted by item, signaller's category and signal; empty groups are absent. */
export async function consensusSignalCountsOf(manager: EntityManager, itemIds: readonly string[]): Promise<SignalCountRow[]> {
  if (itemIds.length === 0) return [];
  return (await manager.query(
    `SELECT s.item_id AS "itemId", p.category, s.signal, count(*)::int AS count
     FROM consensus_signals s JOIN participants p ON p.id = s.participant_id
     WHERE s.item_id = ANY($1::uuid[]) GROUP BY 1, 2, 3`,
    [itemIds],
  )) as SignalCountRow[];
}

/** One tally per item asked for, empty if nobody signalled: the totals, and the counts of each category that did. */
export async function consensusTalliesOf(manager: EntityManager, itemIds: readonly string[]): Promise<Record<string, ConsensusTally>> {
  return talliesFromCounts(itemIds, await consensusSignalCountsOf(manager, itemIds));
}
