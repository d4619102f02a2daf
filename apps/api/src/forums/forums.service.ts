import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { webPaths, type ForumDetail, type ForumMemberView, type ForumSummary, type StaffRole } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { StaffUsersRepository } from '../auth/staff-users.repository';
import { knownError } from '../common/known-error';
import type { RuntimeConfig } from '../config/runtime-config';
import { RUNTIME_CONFIG } from '../config/runtime-config.module';
import { isUniqueViolation } from '../database/postgres-errors';
import { ForumBroadcaster } from '../realtime/forum-broadcaster.service';
import { joinUrl } from './join-url';
import { toAgendaItemView } from '../agenda/agenda.service';
import { ForumAccessService } from './forum-access.service';
import { ForumsRepository } from './forums.repository';
import { generateJoinCode } from './join-code';
import type { CreateForumDto } from './dto/create-forum.dto';
import type { InviteMemberDto } from './dto/invite-member.dto';
import type { Forum, StaffUser } from '@mufakat/persistence';

const JOIN_CODE_ATTEMPTS = 5;

@Injectable()
export class ForumsService {
  constructor(
    @Inject(ForumsRepository) private readonly forums: ForumsRepository,
    @Inject(StaffUsersRepository) private readonly users: StaffUsersRepository,
    @Inject(ForumAccessService) private readonly access: ForumAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(ForumBroadcaster) private readonly broadcaster: ForumBroadcaster,
  ) {}

  async create(staff: StaffUser, dto: CreateForumDto): Promise<ForumDetail> {
    const forumId = await this.forums.transaction(async (manager) => {
      const forum = await this.forums.create(
        manager,
        {
          title: dto.title,
          theme: dto.theme,
          serviceName: dto.serviceName,
          unitName: dto.unitName,
          venue: dto.venue,
          startsAt: new Date(dto.startsAt),
          streamUrl: dto.streamUrl ?? null,
          preModeration: dto.preModeration ?? true,
          fullyAnonymous: dto.fullyAnonymous ?? false,
          projectorKey: randomBytes(24).toString('base64url'),
        },
        dto.agenda,
        staff.id,
      );
      await this.audit.record(manager, { forumId: forum.id, actorUserId: staff.id, action: 'forum.create', subjectId: forum.id });
      return forum.id;
    });
    return this.detail(staff, forumId);
  }

  async listMine(staff: StaffUser): Promise<ForumSummary[]> {
    const rows = await this.forums.membershipsOf(staff.id);
    return rows.map((row) => this.summary(row.forum, row.role));
  }

  async detail(staff: StaffUser, forumId: string): Promise<ForumDetail> {
    const role = await this.access.require(forumId, staff.id, 'viewForum');
    return this.loadDetail(forumId, role);
  }

  /** Publishing gives the forum its join code: from then on attendees can join. */
  async publish(staff: StaffUser, forumId: string): Promise<ForumDetail> {
    const role = await this.access.require(forumId, staff.id, 'manageForum');
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.forums.transaction(async (manager) => {
          const forum = await this.forums.lock(manager, forumId);
          if (!forum) throw knownError('forumNotFound');
          if (forum.status !== 'draft') throw knownError('forumAlreadyPublished');
          await this.forums.publish(manager, forumId, generateJoinCode());
          await this.audit.record(manager, { forumId, actorUserId: staff.id, action: 'forum.publish', subjectId: forumId });
          return this.loadDetail(forumId, role, manager);
        });
      } catch (error) {
        // A join code already taken by another forum: draw again.
        if (!isUniqueViolation(error) || attempt >= JOIN_CODE_ATTEMPTS) throw error;
      }
    }
  }

  async invite(staff: StaffUser, forumId: string, dto: InviteMemberDto): Promise<ForumMemberView> {
    await this.access.require(forumId, staff.id, 'manageForum');
    const user = await this.users.byEmail(dto.email);
    if (!user) throw knownError('noStaffAccount');
    const { view, roleChanged } = await this.forums.transaction(async (manager) => {
      const existing = await this.forums.member(manager, forumId, user.id);
      if (existing?.role === 'organiser') throw knownError('organiserKeepsRole');
      if (existing) await this.forums.setMemberRole(manager, existing.id, dto.role);
      else await this.forums.addMember(manager, { forumId, userId: user.id, role: dto.role });
      await this.audit.record(manager, {
        forumId,
        actorUserId: staff.id,
        action: 'forum.member.set',
        subjectId: user.id,
        details: { role: dto.role },
      });
      const member: ForumMemberView = { userId: user.id, name: user.name, email: user.email, role: dto.role };
      return { view: member, roleChanged: existing !== null && existing.role !== dto.role };
    });
    // Their open consoles hold a snapshot for the old role: they reconnect and get one for the new role.
    if (roleChanged) this.broadcaster.dropForumMember(forumId, user.id);
    return view;
  }

  /** The organiser takes a member off the forum's staff; their open sockets for the forum are dropped at once. */
  async removeMember(staff: StaffUser, forumId: string, userId: string): Promise<void> {
    await this.access.require(forumId, staff.id, 'manageForum');
    await this.forums.transaction(async (manager) => {
      const member = await this.forums.member(manager, forumId, userId);
      if (!member) throw knownError('notForumMember');
      if (member.role === 'organiser') throw knownError('organiserNotRemovable');
      await this.forums.removeMember(manager, member.id);
      await this.audit.record(manager, {
        forumId,
        actorUserId: staff.id,
        action: 'forum.member.remove',
        subjectId: userId,
        details: { role: member.role },
      });
    });
    this.broadcaster.dropForumMember(forumId, userId);
  }

  /** Inside the publishing transaction, with its manager; on its own otherwise. */
  private async loadDetail(forumId: string, role: StaffRole, manager?: EntityManager): Promise<ForumDetail> {
    const rows = await this.forums.detail(forumId, manager);
    if (!rows) throw knownError('forumNotFound');
    const { forum, agenda, members } = rows;
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
