import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationsView } from '@mufakat/contracts';
import type { DataSource } from 'typeorm';

const SHOWN = 50;

/** A staff member's notifications, newest first, with the action each is about. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(userId: string): Promise<NotificationsView> {
    const rows = (await this.db.query(
      `SELECT n.id, n.kind, n.created_at, n.read_at, a.id AS action_id, a.action, to_char(a.deadline, 'YYYY-MM-DD') AS deadline,
              a.unit_id, u.name AS unit_name, f.title AS forum_title
       FROM staff_notifications n JOIN follow_up_actions a ON a.id = n.action_id JOIN units u ON u.id = a.unit_id JOIN forums f ON f.id = a.forum_id
       WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id LIMIT ${SHOWN}`,
      [userId],
    )) as Array<Record<string, string | Date | null>>;
    const [{ unread }] = (await this.db.query(`SELECT count(*)::int AS unread FROM staff_notifications WHERE user_id = $1 AND read_at IS NULL`, [
      userId,
    ])) as Array<{
      unread: number;
    }>;
    return {
      unread,
      items: rows.map((row) => ({
        id: row.id as string,
        kind: row.kind as 'due_soon' | 'overdue',
        createdAt: (row.created_at as Date).toISOString(),
        read: row.read_at !== null,
        action: {
          id: row.action_id as string,
          action: row.action as string,
          deadline: row.deadline as string | null,
          unitId: row.unit_id as string,
          unitName: row.unit_name as string,
          forumTitle: row.forum_title as string,
        },
      })),
    };
  }

  async markRead(userId: string): Promise<void> {
    await this.db.query(`UPDATE staff_notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [userId]);
  }
}
