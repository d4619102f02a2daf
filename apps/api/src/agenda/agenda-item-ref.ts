import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { agendaItemExists } from './agenda.repository';

/** The agenda item a question, poll or consensus item refers to, checked to be this forum's; null for none. */
export async function agendaItemOfForum(manager: EntityManager, forumId: string, agendaItemId: string | null | undefined): Promise<string | null> {
  if (!agendaItemId) return null;
  if (!(await agendaItemExists(manager, forumId, agendaItemId))) {
    throw new DomainError('NOT_FOUND', 'That agenda item is not part of this forum');
  }
  return agendaItemId;
}
