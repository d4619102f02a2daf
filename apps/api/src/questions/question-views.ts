import { isRoomQuestionStatus, type ModerationQuestion, type MyQuestion, type PublicQuestion, type QuestionReply } from '@mufakat/contracts';
import type { Participant, Question } from '@mufakat/persistence';

type Author = Pick<Participant, 'name' | 'institution' | 'category'>;

/** What an asker's own view of a question is made of. */
export type MyQuestionRow = Pick<
  Question,
  'id' | 'agendaItemId' | 'text' | 'anonymous' | 'status' | 'rejectionReason' | 'replyText' | 'replyAuthorName' | 'repliedAt' | 'createdAt' | 'updatedAt'
>;

function replyOf(question: Pick<Question, 'replyText' | 'replyAuthorName' | 'repliedAt' | 'updatedAt'>): QuestionReply | null {
  if (!question.replyText) return null;
  return { text: question.replyText, authorName: question.replyAuthorName ?? '', at: (question.repliedAt ?? question.updatedAt).toISOString() };
}

export function toPublicQuestion(question: Question, author: Author, fullyAnonymous: boolean): PublicQuestion {
  if (!isRoomQuestionStatus(question.status)) throw new Error(`Question ${question.id} is not public (${question.status})`);
  return {
    id: question.id,
    agendaItemId: question.agendaItemId,
    text: question.text,
    authorName: question.anonymous || fullyAnonymous ? null : author.name,
    upvotes: question.upvoteCount,
    status: question.status,
    pinned: question.pinned,
    reply: replyOf(question),
    createdAt: question.createdAt.toISOString(),
  };
}

/** Staff see who asked an anonymous question, unless the whole forum is anonymous. */
export function toModerationQuestion(question: Question, author: Author, fullyAnonymous: boolean): ModerationQuestion {
  return {
    id: question.id,
    agendaItemId: question.agendaItemId,
    text: question.text,
    anonymous: question.anonymous || fullyAnonymous,
    authorName: fullyAnonymous ? null : author.name,
    authorInstitution: fullyAnonymous ? null : author.institution,
    authorCategory: fullyAnonymous ? null : author.category,
    status: question.status,
    upvotes: question.upvoteCount,
    pinned: question.pinned,
    reply: replyOf(question),
    rejectionReason: question.rejectionReason,
    createdAt: question.createdAt.toISOString(),
  };
}

export function toMyQuestion(question: MyQuestionRow): MyQuestion {
  return {
    id: question.id,
    agendaItemId: question.agendaItemId,
    text: question.text,
    anonymous: question.anonymous,
    status: question.status,
    rejectionReason: question.rejectionReason,
    reply: replyOf(question),
    createdAt: question.createdAt.toISOString(),
  };
}
