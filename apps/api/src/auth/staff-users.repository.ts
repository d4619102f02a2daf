import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffUser } from '@mufakat/persistence';
import { DataSource } from 'typeorm';

/** Every query on staff accounts. */
@Injectable()
export class StaffUsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
}
