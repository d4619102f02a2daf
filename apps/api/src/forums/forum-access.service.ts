import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { roleAllows, type ForumPermission, type StaffRole } from '@mufakat/contracts';
import { Repository } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { ForumMember } from '@mufakat/persistence';

@Injectable()
export class ForumAccessService {
  constructor(@InjectRepository(ForumMember) private readonly members: Repository<ForumMember>) {}

  async roleOf(forumId: string, userId: string): Promise<StaffRole | null> {
    const member = await this.members.findOneBy({ forumId, userId });
    return member?.role ?? null;
  }

  /** The caller's role, if it grants the permission; a forum they are not staff of looks absent. */
  async require(forumId: string, userId: string, permission: ForumPermission): Promise<StaffRole> {
    const role = await this.roleOf(forumId, userId);
    if (!role) throw new DomainError('NOT_FOUND', 'Forum not found');
    if (!roleAllows(role, permission)) throw new DomainError('FORBIDDEN', `Your role (${role}) may not do this`);
    return role;
  }
}
