import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PollStatus, ProjectorView } from '@mufakat/contracts';
import { Forum } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * What the projector shows, and the one fact about polls it needs. Methods taking a manager run inside the
 * caller's transaction.
 */
@Injectable()
export class ProjectorRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * The status of one of the forum's polls, null when it has no such poll. Read here, one column of the polls
   * table, so that showing a poll does not make the projector depend on the polls feature.
   */
  async pollStatus(manager: EntityManager, forumId: string, pollId: string): Promise<PollStatus | null> {
    const rows = await manager.query<Array<{ status: PollStatus }>>('SELECT status FROM polls WHERE id = $1 AND forum_id = $2', [pollId, forumId]);
    return rows[0]?.status ?? null;
  }

  async show(manager: EntityManager, forumId: string, view: ProjectorView): Promise<void> {
    await manager.update(Forum, { id: forumId }, { projectorView: view });
  }
}
