import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffSession } from '@mufakat/persistence';
import { DataSource, LessThan, MoreThan, Not, type EntityManager } from 'typeorm';

/** Every query on staff sessions. A session ends by deleting its row. */
@Injectable()
export class StaffSessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Starts a session, and clears the user's expired ones on the way. */
  async start(userId: string, expiresAt: Date): Promise<StaffSession> {
    const sessions = this.db.getRepository(StaffSession);
    await sessions.delete({ userId, expiresAt: LessThan(new Date()) });
    return sessions.save(sessions.create({ userId, expiresAt }));
  }

  /** The session with its user, unless it ended or expired. */
  live(id: string): Promise<StaffSession | null> {
    return this.db.getRepository(StaffSession).findOne({ where: { id, expiresAt: MoreThan(new Date()) }, relations: { user: true } });
  }

  async isLive(id: string): Promise<boolean> {
    return this.db.getRepository(StaffSession).existsBy({ id, expiresAt: MoreThan(new Date()) });
  }

  async end(id: string): Promise<void> {
    await this.db.getRepository(StaffSession).delete({ id });
  }

  /** Ends every session of the user but one, in the caller's transaction. */
  async endOthers(manager: EntityManager, userId: string, keepId: string): Promise<void> {
    await manager.delete(StaffSession, { userId, id: Not(keepId) });
  }
}
