import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SetCurrentAgendaResult } from '@mufakat/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { AgendaItem } from '../forums/agenda-item.entity';
import { ForumAccessService } from '../forums/forum-access.service';
import { Forum } from '../forums/forum.entity';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic } from '../realtime/forum-sequencer';

@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** Moves the room to an agenda item (null: none); the projector and phones follow. */
  async setCurrent(forumId: string, userId: string, agendaItemId: string | null): Promise<SetCurrentAgendaResult> {
    await this.access.require(forumId, userId, 'runAgenda');
    const change = await this.db.transaction(async (manager) => {
      if (agendaItemId && !(await manager.existsBy(AgendaItem, { id: agendaItemId, forumId }))) {
        throw new DomainError('NOT_FOUND', 'That agenda item is not part of this forum');
      }
      await manager.update(Forum, { id: forumId }, { currentAgendaItemId: agendaItemId });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'agenda.set-current', subjectId: agendaItemId });
      return stampPublic(manager, forumId, { type: 'agenda.current', currentAgendaItemId: agendaItemId });
    });
    this.broadcaster.send(forumId, [change]);
    return { currentAgendaItemId: agendaItemId };
  }
}
