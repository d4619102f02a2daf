import type { EntityManager } from 'typeorm';
import { knownError } from '../common/known-error';
import { agendaItemExists } from './agenda.repository';

/** The agenda item a question, poll or consensus item refers to, checked to be this forum's; null for none. */
export async function agendaItemOfForum(manager: EntityManager, forumId: string, agendaItemId: string | null | undefined): Promise<string | null> {
  if (!agendaItemId) return null;
  if (!(await agendaItemExists(manager, forumId, agendaItemId))) {
    throw knownError('agendaItemNotFound');
  }
  return agendaItemId;
}
