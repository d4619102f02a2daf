import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffUser } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/** Every query on staff accounts. Methods taking a manager run inside the caller's transaction. */
@Injectable()
export class StaffUsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Fails with the database's unique violation when the email is taken. */
  insert(values: Pick<StaffUser, 'email' | 'name' | 'passwordHash'>): Promise<StaffUser> {
    const users = this.db.getRepository(StaffUser);
    return users.save(users.create(values));
  }

  byEmail(email: string): Promise<StaffUser | null> {
    return this.db.getRepository(StaffUser).findOneBy({ email });
  }

  byId(id: string): Promise<StaffUser | null> {
    return this.db.getRepository(StaffUser).findOneBy({ id });
  }

  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(StaffUser, { id }, { passwordHash });
  }
}
