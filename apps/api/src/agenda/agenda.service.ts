import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgendaItemView, AgendaState } from '@mufakat/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { ForumAccessService } from '../forums/forum-access.service';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { stampPublic } from '../realtime/forum-sequencer';
import { AgendaItem, Forum } from '@mufakat/persistence';

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
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async state(manager: EntityManager, forumId: string): Promise<AgendaState> {
    const forum = await manager.findOneByOrFail(Forum, { id: forumId });
    const items = await manager.find(AgendaItem, { where: { forumId }, order: { position: 'ASC' } });
    return { agenda: items.map(toAgendaItemView), currentAgendaItemId: forum.currentAgendaItemId };
  }

  start(forumId: string, userId: string, agendaItemId: string): Promise<AgendaState> {
    return this.change(forumId, userId, 'agenda.start', agendaItemId, async (manager, items) => {
      const item = items.find((candidate) => candidate.id === agendaItemId);
      if (!item) throw new DomainError('NOT_FOUND', 'That agenda item is not part of this forum');
      const now = new Date();
      for (const running of items.filter((candidate) => candidate.status === 'running' && candidate.id !== item.id)) {
        await manager.update(AgendaItem, { id: running.id }, { status: 'done', endedAt: now });
      }
      // Starting an item again (it ran over, or was ended by mistake) resumes it with a fresh timer.
      await manager.update(AgendaItem, { id: item.id }, { status: 'running', startedAt: now, endedAt: null });
      await manager.update(Forum, { id: forumId }, { currentAgendaItemId: item.id });
    });
  }

  end(forumId: string, userId: string, agendaItemId: string): Promise<AgendaState> {
    return this.change(forumId, userId, 'agenda.end', agendaItemId, async (manager, items) => {
      const item = items.find((candidate) => candidate.id === agendaItemId);
      if (!item) throw new DomainError('NOT_FOUND', 'That agenda item is not part of this forum');
      if (item.status !== 'running') throw new DomainError('INVALID_STATE', 'Only the running item can be ended');
      await manager.update(AgendaItem, { id: item.id }, { status: 'done', endedAt: new Date() });
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
      for (const [position, id] of orderedIds.entries()) await manager.update(AgendaItem, { id }, { position });
    });
  }

  private async change(
    forumId: string,
    userId: string,
    action: string,
    subjectId: string | null,
    apply: (manager: EntityManager, items: AgendaItem[]) => Promise<void>,
  ): Promise<AgendaState> {
    await this.access.require(forumId, userId, 'runAgenda');
    const { state, change } = await this.db.transaction(async (manager) => {
      // One agenda change at a time per forum.
      await manager.findOne(Forum, { where: { id: forumId }, lock: { mode: 'pessimistic_write' } });
      const items = await manager.find(AgendaItem, { where: { forumId }, order: { position: 'ASC' } });
      await apply(manager, items);
      await this.audit.record(manager, { forumId, actorUserId: userId, action, subjectId });
      const state = await this.state(manager, forumId);
      return { state, change: await stampPublic(manager, forumId, { type: 'agenda.updated', ...state }) };
    });
    this.broadcaster.send(forumId, [change]);
    return state;
  }
}
