import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProjectorView } from '@mufakat/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic } from '../realtime/forum-sequencer';
import { Forum } from '@mufakat/persistence';

/** What the projector shows; stored, so a projector that reconnects shows the same thing. */
@Injectable()
export class ProjectorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async show(forumId: string, userId: string, requested: ProjectorView): Promise<ProjectorView> {
    await this.access.require(forumId, userId, 'runAgenda');
    // Only the fields of the chosen mode are kept.
    const view: ProjectorView = requested.mode === 'poll' ? { mode: 'poll', pollId: requested.pollId } : { mode: requested.mode };
    const change = await this.db.transaction(async (manager) => {
      if (view.mode === 'poll') {
        const rows = (await manager.query(`SELECT status FROM polls WHERE id = $1 AND forum_id = $2`, [view.pollId, forumId])) as Array<{
          status: string;
        }>;
        if (rows.length === 0) throw new DomainError('NOT_FOUND', 'Poll not found');
        if (rows[0].status === 'draft') throw new DomainError('INVALID_STATE', 'Open the poll before showing it');
      }
      await manager.update(Forum, { id: forumId }, { projectorView: view });
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'projector.show', details: { ...view } });
      return stampPublic(manager, forumId, { type: 'projector.changed', projector: view });
    });
    this.broadcaster.send(forumId, [change]);
    return view;
  }
}
