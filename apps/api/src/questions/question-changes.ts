import type { ForumChange } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { isPublicStatus, toModerationQuestion, toPublicQuestion } from './question-views';
import { Forum, Participant, Question } from '@mufakat/persistence';

/** A question locked for change, with what its views need. */
export interface LockedQuestion {
  forum: Forum;
  question: Question;
  author: Participant;
  /** Whether the room could see it before this change. */
  wasPublic: boolean;
}

export async function lockQuestion(manager: EntityManager, forumId: string, questionId: string): Promise<LockedQuestion> {
  const question = await manager.findOne(Question, { where: { id: questionId, forumId }, lock: { mode: 'pessimistic_write' } });
  if (!question) throw new DomainError('NOT_FOUND', 'Question not found');
  const forum = await manager.findOneByOrFail(Forum, { id: forumId });
  const author = await manager.findOneByOrFail(Participant, { id: question.participantId });
  return { forum, question, author, wasPublic: isPublicStatus(question.status) };
}

/** Numbers the changes one question's new state means: always for staff; for the room when it sees (or saw) it. */
export async function stampQuestionChanges(manager: EntityManager, locked: Omit<LockedQuestion, 'wasPublic'> & { wasPublic: boolean }): Promise<ForumChange[]> {
  const { forum, question, author, wasPublic } = locked;
  const changes = [
    await stampStaff(manager, forum.id, {
      type: 'question.updated',
      question: toModerationQuestion(question, author, forum.fullyAnonymous),
    }),
  ];
  if (isPublicStatus(question.status)) {
    changes.push(
      await stampPublic(manager, forum.id, {
        type: 'question.upserted',
        question: toPublicQuestion(question, author, forum.fullyAnonymous),
      }),
    );
  } else if (wasPublic) {
    changes.push(await stampPublic(manager, forum.id, { type: 'question.removed', questionId: question.id }));
  }
  return changes;
}
