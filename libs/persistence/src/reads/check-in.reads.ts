import type { EntityManager } from 'typeorm';

/** Whether the forum counts verified attendees apart (room check-in on). */
export async function checkInEnabledOf(manager: EntityManager, forumId: string): Promise<boolean> {
  const [row] = (await manager.query('SELECT check_in_enabled AS enabled FROM forums WHERE id = $1', [forumId])) as Array<{ enabled: boolean }>;
  return row?.enabled ?? false;
}
