import { Injectable } from '@nestjs/common';
import { AuditEntry } from '@mufakat/persistence';
import type { EntityManager } from 'typeorm';

/** The audit log: entries are only ever added, inside the transaction of the action they record. */
@Injectable()
export class AuditRepository {
  async insert(manager: EntityManager, values: Pick<AuditEntry, 'forumId' | 'actorUserId' | 'action' | 'subjectId' | 'details'>): Promise<void> {
    await manager.save(manager.create(AuditEntry, values));
  }
}
