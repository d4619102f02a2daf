import { Inject, Injectable } from '@nestjs/common';
import { projectorOnAgendaStart, type AgendaItemView, type AgendaState, type PublicChange } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { knownError } from '../common/known-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumsRepository } from '../forums/forums.repository';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic } from '../realtime/forum-sequencer';
import { SnapshotParts } from '../realtime/snapshot-parts.registry';
import type { AgendaItem, Forum } from '@mufakat/persistence';
import { AgendaRepository } from './agenda.repository';

export function toAgendaItemView(item: AgendaItem): AgendaItemView {
  return {
    id: item.id,
    position: item.position,
    title: item.title,
    plannedMinutes: item.plannedMinutes,
    status: item.status,
    startedAt: item.startedAt?.toISOString() ?? null,
    endedAt: item.endedAt?.toISOString() ?? null,
  };
}

/** The moderator runs the agenda: start an item (the room follows), end it, reorder what is left. */
@Injectable()
export class AgendaService {
  constructor(
    @Inject(AgendaRepository) private readonly agenda: AgendaRepository,
    @Inject(ForumsRepository) private readonly forums: ForumsRepository,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SnapshotParts) parts: SnapshotParts,
  ) {
    parts.addRoom(['agenda', 'currentAgendaItemId'], (manager, forum) => this.state(manager, forum.id));
  }

  async state(manager: EntityManager, forumId: string): Promise<AgendaState> {
    const currentAgendaItemId = await this.agenda.currentItemId(manager, forumId);
    const items = await this.agenda.items(manager, forumId);
    return { agenda: items.map(toAgendaItemView), currentAgendaItemId };
  }

  start(forumId: string, userId: string, agendaItemId: string): Promise<AgendaState> {
    return this.change(forumId, userId, 'agenda.start', agendaItemId, async (manager, items, forum) => {
      const item = items.find((candidate) => candidate.id === agendaItemId);
      if (!item) throw knownError('agendaItemNotFound');
      const now = new Date();
      for (const running of items.filter((candidate) => candidate.status === 'running' && candidate.id !== item.id)) {
        await this.agenda.end(manager, running.id, now);
      }
      // Starting an item again (it ran over, or was ended by mistake) resumes it with a fresh timer.
      await this.agenda.start(manager, forumId, item.id, now);
      const projector = projectorOnAgendaStart(forum.projectorView);
      if (!projector) return [];
      await this.forums.update(manager, forumId, { projectorView: projector });
      return [{ type: 'projector.changed', projector }];
    });
  }

  end(forumId: string, userId: string, agendaItemId: string): Promise<AgendaState> {
    return this.change(forumId, userId, 'agenda.end', agendaItemId, async (manager, items) => {
      const item = items.find((candidate) => candidate.id === agendaItemId);
      if (!item) throw knownError('agendaItemNotFound');
      if (item.status !== 'running') throw knownError('agendaItemNotRunning');
      await this.agenda.end(manager, item.id, new Date());
    });
  }

  reorder(forumId: string, userId: string, orderedIds: string[]): Promise<AgendaState> {
    return this.change(forumId, userId, 'agenda.reorder', null, async (manager, items) => {
      const known = new Set(items.map((item) => item.id));
      if (orderedIds.length !== known.size || new Set(orderedIds).size !== orderedIds.length || !orderedIds.every((id) => known.has(id))) {
        throw new DomainError('VALIDATION_FAILED', 'orderedIds must list every agenda item of the forum exactly once', [
          'orderedIds: must be a permutation of the agenda item ids',
        ]);
      }
      for (const [position, id] of orderedIds.entries()) await this.agenda.setPosition(manager, id, position);
    });
  }

  private async change(
    forumId: string,
    userId: string,
    action: string,
    subjectId: string | null,
    /** Returns the further changes the step caused elsewhere (the projector leaving the join slide). */
    apply: (manager: EntityManager, items: AgendaItem[], forum: Forum) => Promise<PublicChange[] | void>,
  ): Promise<AgendaState> {
    await this.access.require(forumId, userId, 'runAgenda');
    const { state, changes } = await this.agenda.transaction(async (manager) => {
      // One agenda change at a time per forum.
      const forum = await this.forums.lock(manager, forumId);
      if (!forum) throw knownError('forumNotFound');
      const items = await this.agenda.items(manager, forumId);
      const caused = (await apply(manager, items, forum)) ?? [];
      await this.audit.record(manager, { forumId, actorUserId: userId, action, subjectId });
      const state = await this.state(manager, forumId);
      // The agenda change is numbered first: the projector follows the item that started.
      const changes = [await stampPublic(manager, forumId, { type: 'agenda.updated', ...state })];
      for (const change of caused) changes.push(await stampPublic(manager, forumId, change));
      return { state, changes };
    });
    this.broadcaster.send(forumId, changes);
    return state;
  }
}
