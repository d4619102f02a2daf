import type { ForumChange, PublicChange, StaffChange } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Numbers a change inside the transaction that makes it, so the number and the data commit together
 * and a snapshot read in one transaction is consistent with its sequence number.
 */
export async function stampPublic(manager: EntityManager, forumId: string, change: PublicChange): Promise<ForumChange> {
  return { stream: 'public', seq: await bump(manager, forumId, 'seq', 1), change };
}

export async function stampStaff(manager: EntityManager, forumId: string, change: StaffChange): Promise<ForumChange> {
  return (await stampStaffMany(manager, forumId, [change]))[0];
}

/** Several staff changes numbered with one update of the forum row (a batch of joins, say). */
export async function stampStaffMany(manager: EntityManager, forumId: string, changes: StaffChange[]): Promise<ForumChange[]> {
  if (changes.length === 0) return [];
  const last = await bump(manager, forumId, 'staff_seq', changes.length);
  return changes.map((change, index) => ({ stream: 'staff', seq: last - changes.length + 1 + index, change }));
}

/**
 * Plain SQL, and `updated_at` left alone: the row's `seq` (with `updated_at`, moved by edits of the forum itself)
 * is what the snapshot's shared part is cached by, and staff-only changes must not throw that cache away.
 */
async function bump(manager: EntityManager, forumId: string, column: 'seq' | 'staff_seq', by: number): Promise<number> {
  // TypeORM answers an UPDATE with [rows, affected].
  const [[row]] = (await manager.query(`UPDATE forums SET ${column} = ${column} + $2 WHERE id = $1 RETURNING ${column} AS value`, [forumId, by])) as [
    Array<{ value: number }>,
    number,
  ];
  if (!row) throw new Error(`Forum ${forumId} vanished while numbering a change`);
  return Number(row.value);
}

/**
 * Takes the forum row's lock first: numbering takes it too, so work done under it (counting tallies, giving out
 * version or approval numbers) is never overtaken by a later sequence number. `NO KEY UPDATE`, not `UPDATE`: the
 * key-share locks that inserting a participant, a question or a vote takes on its forum (the foreign key check) do
 * not wait for it, so a join storm's registrations never queue behind the flush that announces them.
 */
export async function lockForum(manager: EntityManager, forumId: string): Promise<void> {
  await manager.query('SELECT 1 FROM forums WHERE id = $1 FOR NO KEY UPDATE', [forumId]);
}
