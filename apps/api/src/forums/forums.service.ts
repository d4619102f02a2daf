import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { webPaths, type ForumDetail, type ForumMemberView, type ForumSummary, type StaffRole } from '@mufakat/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { isUniqueViolation } from '../database/postgres-errors';
import { joinUrl } from './join-url';
import { toAgendaItemView } from '../agenda/agenda.service';
import { ForumAccessService } from './forum-access.service';
import { generateJoinCode } from './join-code';
import type { CreateForumDto } from './dto/create-forum.dto';
import type { InviteMemberDto } from './dto/invite-member.dto';
import { AgendaItem, Forum, ForumMember, StaffUser } from '@mufakat/persistence';

const JOIN_CODE_ATTEMPTS = 5;

@Injectable()
export class ForumsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async create(staff: StaffUser, dto: CreateForumDto): Promise<ForumDetail> {
    const forumId = await this.db.transaction(async (manager) => {
      const forum = await manager.save(
        manager.create(Forum, {
          title: dto.title,
          theme: dto.theme,
          serviceName: dto.serviceName,
          unitName: dto.unitName,
          venue: dto.venue,
          startsAt: new Date(dto.startsAt),
          streamUrl: dto.streamUrl ?? null,
          status: 'draft',
          preModeration: dto.preModeration ?? true,
          fullyAnonymous: dto.fullyAnonymous ?? false,
          projectorKey: randomBytes(24).toString('base64url'),
          createdBy: staff.id,
        }),
      );
      await manager.insert(
        AgendaItem,
        dto.agenda.map((item, position) => ({ forumId: forum.id, position, title: item.title, plannedMinutes: item.plannedMinutes })),
      );
      await manager.insert(ForumMember, { forumId: forum.id, userId: staff.id, role: 'organiser' });
      await this.audit.record(manager, { forumId: forum.id, actorUserId: staff.id, action: 'forum.create', subjectId: forum.id });
      return forum.id;
    });
    return this.detail(staff, forumId);
  }

  async listMine(staff: StaffUser): Promise<ForumSummary[]> {
    const rows = await this.db
      .getRepository(ForumMember)
      .find({ where: { userId: staff.id }, relations: { forum: true }, order: { createdAt: 'DESC' } });
    return rows.filter((row) => row.forum).map((row) => this.summary(row.forum as Forum, row.role));
  }

  async detail(staff: StaffUser, forumId: string): Promise<ForumDetail> {
    const role = await this.access.require(forumId, staff.id, 'viewForum');
    return this.loadDetail(this.db.manager, forumId, role);
  }

  /** Publishing gives the forum its join code: from then on attendees can join. */
  async publish(staff: StaffUser, forumId: string): Promise<ForumDetail> {
    const role = await this.access.require(forumId, staff.id, 'manageForum');
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(async (manager) => {
          const forum = await manager.findOne(Forum, { where: { id: forumId }, lock: { mode: 'pessimistic_write' } });
          if (!forum) throw new DomainError('NOT_FOUND', 'Forum not found');
          if (forum.status !== 'draft') throw new DomainError('INVALID_STATE', 'The forum is already published');
          await manager.update(Forum, { id: forumId }, { status: 'published', joinCode: generateJoinCode() });
          await this.audit.record(manager, { forumId, actorUserId: staff.id, action: 'forum.publish', subjectId: forumId });
          return this.loadDetail(manager, forumId, role);
        });
      } catch (error) {
        // A join code already taken by another forum: draw again.
        if (!isUniqueViolation(error) || attempt >= JOIN_CODE_ATTEMPTS) throw error;
      }
    }
  }

  async invite(staff: StaffUser, forumId: string, dto: InviteMemberDto): Promise<ForumMemberView> {
    await this.access.require(forumId, staff.id, 'manageForum');
    const user = await this.db.getRepository(StaffUser).findOneBy({ email: dto.email });
    if (!user) throw new DomainError('NOT_FOUND', 'No staff account with this email; ask them to sign up first');
    return this.db.transaction(async (manager) => {
      const existing = await manager.findOneBy(ForumMember, { forumId, userId: user.id });
      if (existing?.role === 'organiser') throw new DomainError('CONFLICT', 'The organiser keeps the organiser role');
      if (existing) await manager.update(ForumMember, { id: existing.id }, { role: dto.role });
      else await manager.insert(ForumMember, { forumId, userId: user.id, role: dto.role });
      await this.audit.record(manager, {
        forumId,
        actorUserId: staff.id,
        action: 'forum.member.set',
        subjectId: user.id,
        details: { role: dto.role },
      });
      return { userId: user.id, name: user.name, email: user.email, role: dto.role };
    });
  }

  private async loadDetail(manager: EntityManager, forumId: string, role: StaffRole): Promise<ForumDetail> {
    const forum = await manager.findOneBy(Forum, { id: forumId });
    if (!forum) throw new DomainError('NOT_FOUND', 'Forum not found');
    const agenda = await manager.find(AgendaItem, { where: { forumId }, order: { position: 'ASC' } });
    const members = await manager.find(ForumMember, { where: { forumId }, relations: { user: true }, order: { createdAt: 'ASC' } });
    return {
      ...this.summary(forum, role),
      agenda: agenda.map(toAgendaItemView),
      joinCode: forum.joinCode,
      joinUrl: forum.joinCode ? joinUrl(this.config.publicUrl, forum.joinCode) : null,
      projectorUrl: webPaths.projector(forum.id, forum.projectorKey),
      members: members.map((member) => ({
        userId: member.userId,
        name: member.user?.name ?? '',
        email: member.user?.email ?? '',
        role: member.role,
      })),
    };
  }

  private summary(forum: Forum, role: StaffRole): ForumSummary {
    return {
      id: forum.id,
      title: forum.title,
      theme: forum.theme,
      serviceName: forum.serviceName,
      unitName: forum.unitName,
      venue: forum.venue,
      startsAt: forum.startsAt.toISOString(),
      streamUrl: forum.streamUrl,
      status: forum.status,
      preModeration: forum.preModeration,
      fullyAnonymous: forum.fullyAnonymous,
      myRole: role,
    };
  }
}
