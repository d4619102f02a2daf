import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgendaItem, Forum } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Whether the agenda item is this forum's. A plain function besides the repository: questions, polls and
 * consensus check it inside their own transactions (see agenda-item-ref), without the agenda module.
 */
export function agendaItemExists(manager: EntityManager, forumId: string, agendaItemId: string): Promise<boolean> {
  return manager.existsBy(AgendaItem, { id: agendaItemId, forumId });
}

/**
 * Every query of the agenda, and of the forum's pointer to its current item. Methods taking a manager run inside
 * the caller's transaction.
 */
@Injectable()
export class AgendaRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The forum's items, in agenda order. */
  items(manager: EntityManager, forumId: string): Promise<AgendaItem[]> {
    return manager.find(AgendaItem, { where: { forumId }, order: { position: 'ASC' } });
  }

  async currentItemId(manager: EntityManager, forumId: string): Promise<string | null> {
    return (await manager.findOneByOrFail(Forum, { id: forumId })).currentAgendaItemId;
  }

  /** Starts (or restarts, with a fresh timer) an item and makes it the forum's current one. */
  async start(manager: EntityManager, forumId: string, agendaItemId: string, at: Date): Promise<void> {
    await manager.update(AgendaItem, { id: agendaItemId }, { status: 'running', startedAt: at, endedAt: null });
    await manager.update(Forum, { id: forumId }, { currentAgendaItemId: agendaItemId });
  }

  async end(manager: EntityManager, agendaItemId: string, at: Date): Promise<void> {
    await manager.update(AgendaItem, { id: agendaItemId }, { status: 'done', endedAt: at });
  }

  async setPosition(manager: EntityManager, agendaItemId: string, position: number): Promise<void> {
    await manager.update(AgendaItem, { id: agendaItemId }, { position });
  }
}
