import type { ForumChange, PublicChange, StaffChange } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';
import { Forum } from '@mufakat/persistence';

/**
 * Numbers a change inside the transaction that makes it, so the number and the data commit together
 * and a snapshot read in one transaction is consistent with its sequence number.
 */
export async function stampPublic(manager: EntityManager, forumId: string, change: PublicChange): Promise<ForumChange> {
  return { stream: 'public', seq: await bump(manager, forumId, 'seq'), change };
}

export async function stampStaff(manager: EntityManager, forumId: string, change: StaffChange): Promise<ForumChange> {
  return { stream: 'staff', seq: await bump(manager, forumId, 'staffSeq'), change };
}

async function bump(manager: EntityManager, forumId: string, column: 'seq' | 'staffSeq'): Promise<number> {
  const dbColumn = column === 'seq' ? 'seq' : 'staff_seq';
  const result = await manager
    .createQueryBuilder()
    .update(Forum)
    .set({ [column]: () => `${dbColumn} + 1` })
    .where('id = :forumId', { forumId })
    .returning(dbColumn)
    .execute();
  const row = (result.raw as Array<Record<string, number>>)[0];
  if (!row) throw new Error(`Forum ${forumId} vanished while numbering a change`);
  return Number(row[dbColumn]);
}

/**
 * Takes the forum row's lock first: numbering takes it too, so work done under it (counting tallies, giving out
 * version or approval numbers) is never overtaken by a later sequence number.
 */
export async function lockForum(manager: EntityManager, forumId: string): Promise<void> {
  await manager.query('SELECT 1 FROM forums WHERE id = $1 FOR UPDATE', [forumId]);
}
