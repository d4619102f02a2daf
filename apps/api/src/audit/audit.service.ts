import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository';

export interface AuditRecord {
  forumId: string | null;
  actorUserId: string | null;
  action: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@Inject(AuditRepository) private readonly entries: AuditRepository) {}

  /** Writes in the caller's transaction, so the entry exists exactly when the action does. */
  record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    return this.entries.insert(manager, {
      forumId: entry.forumId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      subjectId: entry.subjectId ?? null,
      details: entry.details ?? {},
    });
  }
}
