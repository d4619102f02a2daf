import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROOM_CONSENSUS_STATUSES, type ConsensusSignal as ConsensusSignalValue, type ConsensusTally } from '@mufakat/contracts';
import { ConsensusItem, ConsensusSignal, Forum, checkInEnabledOf, consensusTalliesOf } from '@mufakat/persistence';
import { DataSource, In, type EntityManager } from 'typeorm';
import { knownError } from '../common/known-error';

/**
 * One signal per attendee per item, decided by the primary key ($1 item, $2 forum, $3 participant, $4 signal); the
 * item row is share-locked by the statement, so approving or withdrawing waits for signals in flight.
 */
const WRITE_SIGNAL = `
  INSERT INTO consensus_signals (item_id, participant_id, signal)
  SELECT c.id, $3::uuid, $4 FROM consensus_items c WHERE c.id = $1 AND c.forum_id = $2 AND c.status = 'open' FOR SHARE
  ON CONFLICT (item_id, participant_id) DO UPDATE SET signal = EXCLUDED.signal, updated_at = now()
  RETURNING 1`;

/** Every query of the consensus feature. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class ConsensusRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  forum(manager: EntityManager, forumId: string): Promise<Forum> {
    return manager.findOneByOrFail(Forum, { id: forumId });
  }

  countItems(manager: EntityManager, forumId: string): Promise<number> {
    return manager.countBy(ConsensusItem, { forumId });
  }

  insert(manager: EntityManager, values: Pick<ConsensusItem, 'forumId' | 'agendaItemId' | 'text' | 'status' | 'createdBy'>): Promise<ConsensusItem> {
    return manager.save(manager.create(ConsensusItem, values));
  }

  async lock(manager: EntityManager, forumId: string, itemId: string): Promise<ConsensusItem> {
    const item = await manager.findOne(ConsensusItem, { where: { id: itemId, forumId }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw knownError('consensusNotFound');
    return item;
  }

  save(manager: EntityManager, item: ConsensusItem): Promise<ConsensusItem> {
    return manager.save(item);
  }

  /** The number the next approved item of the forum gets; the caller holds the forum's lock, so it stays unique. */
  async nextNumber(manager: EntityManager, forumId: string): Promise<number> {
    const [{ next }] = (await manager.query('SELECT coalesce(max(number), 0) + 1 AS next FROM consensus_items WHERE forum_id = $1', [forumId])) as Array<{
      next: number;
    }>;
    return Number(next);
  }

  async clearSignals(manager: EntityManager, itemId: string): Promise<void> {
    await manager.delete(ConsensusSignal, { itemId });
  }

  /** Whether the signal was written: only on an open item of this forum. */
  async writeSignal(forumId: string, participantId: string, itemId: string, signal: ConsensusSignalValue): Promise<boolean> {
    const written = (await this.db.query(WRITE_SIGNAL, [itemId, forumId, participantId, signal])) as unknown[];
    return written.length > 0;
  }

  /** Read outside any transaction, to say why a signal was not written. */
  find(forumId: string, itemId: string): Promise<ConsensusItem | null> {
    return this.db.getRepository(ConsensusItem).findOneBy({ id: itemId, forumId });
  }

  /** Open and approved items, oldest first: what the room sees. */
  roomItems(manager: EntityManager, forumId: string): Promise<ConsensusItem[]> {
    return manager.find(ConsensusItem, { where: { forumId, status: In([...ROOM_CONSENSUS_STATUSES]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Every item, oldest first. */
  allItems(manager: EntityManager, forumId: string): Promise<ConsensusItem[]> {
    return manager.find(ConsensusItem, { where: { forumId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The status of each of these items that belongs to the forum. */
  statuses(manager: EntityManager, forumId: string, itemIds: string[]): Promise<Array<Pick<ConsensusItem, 'id' | 'status'>>> {
    return manager.find(ConsensusItem, { select: { id: true, status: true }, where: { forumId, id: In(itemIds) } });
  }

  /** The shared read (the Berita Acara counts with it too): one tally per item asked for. */
  /** With `withVerified` (check-in on), verified attendees' signals are counted apart too. */
  talliesOf(manager: EntityManager, itemIds: string[], withVerified: boolean): Promise<Record<string, ConsensusTally>> {
    return consensusTalliesOf(manager, itemIds, withVerified);
  }

  checkInEnabled(manager: EntityManager, forumId: string): Promise<boolean> {
    return checkInEnabledOf(manager, forumId);
  }
}
