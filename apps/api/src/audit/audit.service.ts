import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEntry } from '@mufakat/persistence';

export interface AuditRecord {
  forumId: string | null;
  actorUserId: string | null;
  action: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  /** Writes in the caller's transaction, so the entry exists exactly when the action does. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.save(
      manager.create(AuditEntry, {
        forumId: entry.forumId,
        actorUserId: entry.actorUserId,
        action: entry.action,
        subjectId: entry.subjectId ?? null,
        details: entry.details ?? {},
      }),
    );
  }
}
