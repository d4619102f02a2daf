import { talliesFromCounts, type ConsensusTally, type SignalCountRow } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The signals on the given items, counted by item, signaller's category, whether the signaller is verified and
 * signal; empty groups are absent. Voided attendees' signals are kept (the record of what they did) but not counted.
 */
export async function consensusSignalCountsOf(manager: EntityManager, itemIds: readonly string[]): Promise<SignalCountRow[]> {
  if (itemIds.length === 0) return [];
  return (await manager.query(
    `SELECT s.item_id AS "itemId", p.category, s.signal, p.verified_at IS NOT NULL AS verified, count(*)::int AS count
     FROM consensus_signals s JOIN participants p ON p.id = s.participant_id
     WHERE s.item_id = ANY($1::uuid[]) AND p.voided_at IS NULL GROUP BY 1, 2, 3, 4`,
    [itemIds],
  )) as SignalCountRow[];
}

/**
 * One tally per item asked for, empty if nobody signalled: the totals, and the counts of each category that did;
 * with `withVerified` (check-in on), the verified attendees' signals apart as well.
 */
export async function consensusTalliesOf(manager: EntityManager, itemIds: readonly string[], withVerified = false): Promise<Record<string, ConsensusTally>> {
  return talliesFromCounts(itemIds, await consensusSignalCountsOf(manager, itemIds), withVerified);
}
