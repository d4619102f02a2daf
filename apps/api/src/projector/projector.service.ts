import { Inject, Injectable } from '@nestjs/common';
import type { ProjectorView } from '@mufakat/contracts';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { knownError } from '../common/known-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic } from '../realtime/forum-sequencer';
import { SnapshotParts } from '../realtime/snapshot-parts.registry';
import { ProjectorRepository } from './projector.repository';

/** What the projector shows; stored, so a projector that reconnects shows the same thing. */
@Injectable()
export class ProjectorService {
  constructor(
    @Inject(ProjectorRepository) private readonly projector: ProjectorRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SnapshotParts) parts: SnapshotParts,
  ) {
    parts.addRoom(['projector'], async (_, forum) => ({ projector: forum.projectorView }));
  }

  async show(forumId: string, userId: string, requested: ProjectorView): Promise<ProjectorView> {
    await this.access.require(forumId, userId, 'runAgenda');
    // Only the fields of the chosen mode are kept.
    const view: ProjectorView =
      requested.mode === 'poll'
        ? { mode: 'poll', pollId: requested.pollId }
        : requested.mode === 'join' && requested.pinned
          ? { mode: 'join', pinned: true }
          : { mode: requested.mode };
    const change = await this.projector.transaction(async (manager) => {
      if (view.mode === 'poll') {
        const status = await this.projector.pollStatus(manager, forumId, view.pollId);
        if (status === null) throw knownError('pollNotFound');
        if (status === 'draft') throw new DomainError('INVALID_STATE', 'Open the poll before showing it');
      }
      await this.projector.show(manager, forumId, view);
      await this.audit.record(manager, { forumId, actorUserId: userId, action: 'projector.show', details: { ...view } });
      return stampPublic(manager, forumId, { type: 'projector.changed', projector: view });
    });
    this.broadcaster.send(forumId, [change]);
    return view;
  }
}
