import { Inject, Injectable } from '@nestjs/common';
import { roleAllows, type ForumPermission, type StaffRole } from '@mufakat/contracts';
import { knownError } from '../common/known-error';
import { ForumsRepository } from './forums.repository';

@Injectable()
export class ForumAccessService {
  constructor(@Inject(ForumsRepository) private readonly forums: ForumsRepository) {}

  roleOf(forumId: string, userId: string): Promise<StaffRole | null> {
    return this.forums.roleOf(forumId, userId);
  }

  /** The caller's role, if it grants the permission; a forum they are not staff of looks absent. */
  async require(forumId: string, userId: string, permission: ForumPermission): Promise<StaffRole> {
    const role = await this.roleOf(forumId, userId);
    if (!role) throw knownError('forumNotFound');
    if (!roleAllows(role, permission)) throw knownError('roleForbidden', { message: `Your role (${role}) may not do this` });
    return role;
  }
}
