import { isRoomQuestionStatus, type ForumChange } from '@mufakat/contracts';
import type { EntityManager } from 'typeorm';
import { stampPublic, stampStaff } from '../realtime/forum-sequencer';
import { toModerationQuestion, toPublicQuestion } from './question-views';
import type { LockedQuestion } from './questions.repository';

/** Numbers the changes one question's new state means: always for staff; for the room when it sees (or saw) it. */
export async function stampQuestionChanges(manager: EntityManager, locked: LockedQuestion): Promise<ForumChange[]> {
  const { forum, question, author, wasPublic } = locked;
  const changes = [
    await stampStaff(manager, forum.id, {
      type: 'question.updated',
      question: toModerationQuestion(question, author, forum.fullyAnonymous),
    }),
  ];
  if (isRoomQuestionStatus(question.status)) {
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
