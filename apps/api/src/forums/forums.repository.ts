import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StaffRole } from '@mufakat/contracts';
import { AgendaItem, Forum, ForumMember } from '@mufakat/persistence';
import { DataSource, type EntityManager } from 'typeorm';

/** What a new forum is made of, besides its agenda and its organiser. */
export type NewForum = Pick<
  Forum,
  'title' | 'theme' | 'serviceName' | 'unitName' | 'venue' | 'startsAt' | 'streamUrl' | 'preModeration' | 'fullyAnonymous' | 'projectorKey'
>;

/** A forum with its agenda in order and its staff (with their accounts), oldest member first. */
export interface ForumDetailRows {
  forum: Forum;
  agenda: AgendaItem[];
  members: ForumMember[];
}

/**
 * Every query on the forum row itself and on its staff. Methods taking a manager run inside the caller's
 * transaction.
 */
@Injectable()
export class ForumsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Changes forum-level settings and returns the row as it now is. */
  async update(manager: EntityManager, forumId: string, values: Partial<Pick<Forum, 'preModeration' | 'surveyOpen' | 'projectorView'>>): Promise<Forum> {
    await manager.update(Forum, { id: forumId }, values);
    return manager.findOneByOrFail(Forum, { id: forumId });
  }

  /** A draft forum with its agenda, its creator its organiser. */
  async create(manager: EntityManager, values: NewForum, agenda: Array<Pick<AgendaItem, 'title' | 'plannedMinutes'>>, organiserId: string): Promise<Forum> {
    const forum = await manager.save(manager.create(Forum, { ...values, status: 'draft', createdBy: organiserId }));
    await manager.insert(
      AgendaItem,
      agenda.map((item, position) => ({ forumId: forum.id, position, title: item.title, plannedMinutes: item.plannedMinutes })),
    );
    await manager.insert(ForumMember, { forumId: forum.id, userId: organiserId, role: 'organiser' });
    return forum;
  }

  /** The forum row, locked until the transaction ends: changes serialised on it happen one at a time. */
  lock(manager: EntityManager, forumId: string): Promise<Forum | null> {
    return manager.findOne(Forum, { where: { id: forumId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Fails with a unique violation when another forum already has the join code. */
  async publish(manager: EntityManager, forumId: string, joinCode: string): Promise<void> {
    await manager.update(Forum, { id: forumId }, { status: 'published', joinCode });
  }

  /** Read with the caller's manager inside a transaction, or on its own. */
  async detail(forumId: string, manager: EntityManager = this.db.manager): Promise<ForumDetailRows | null> {
    const forum = await manager.findOneBy(Forum, { id: forumId });
    if (!forum) return null;
    const agenda = await manager.find(AgendaItem, { where: { forumId }, order: { position: 'ASC' } });
    const members = await manager.find(ForumMember, { where: { forumId }, relations: { user: true }, order: { createdAt: 'ASC' } });
    return { forum, agenda, members };
  }

  /** The secret of the forum's projector link; null when there is no such forum. */
  async projectorKey(forumId: string): Promise<string | null> {
    const forum = await this.db.getRepository(Forum).findOne({ select: { id: true, projectorKey: true }, where: { id: forumId } });
    return forum?.projectorKey ?? null;
  }

  /** The forums a staff user is part of, newest membership first. */
  async membershipsOf(userId: string): Promise<Array<{ forum: Forum; role: StaffRole }>> {
    const rows = await this.db.getRepository(ForumMember).find({ where: { userId }, relations: { forum: true }, order: { createdAt: 'DESC' } });
    return rows.flatMap(({ forum, role }) => (forum ? [{ forum, role }] : []));
  }

  async roleOf(forumId: string, userId: string): Promise<StaffRole | null> {
    const member = await this.db.getRepository(ForumMember).findOneBy({ forumId, userId });
    return member?.role ?? null;
  }

  member(manager: EntityManager, forumId: string, userId: string): Promise<ForumMember | null> {
    return manager.findOneBy(ForumMember, { forumId, userId });
  }

  async addMember(manager: EntityManager, values: Pick<ForumMember, 'forumId' | 'userId' | 'role'>): Promise<void> {
    await manager.insert(ForumMember, values);
  }

  async setMemberRole(manager: EntityManager, memberId: string, role: StaffRole): Promise<void> {
    await manager.update(ForumMember, { id: memberId }, { role });
  }

  async removeMember(manager: EntityManager, memberId: string): Promise<void> {
    await manager.delete(ForumMember, { id: memberId });
  }
}
