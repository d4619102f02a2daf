import type { ModerationQuestion, MyQuestion, PublicQuestion } from '@mufakat/contracts';
import type { Participant } from '../participants/participant.entity';
import type { Question } from './question.entity';

export function toPublicQuestion(question: Question, author: Pick<Participant, 'name'>): PublicQuestion {
  return {
    id: question.id,
    agendaItemId: question.agendaItemId,
    text: question.text,
    authorName: author.name,
    upvotes: question.upvoteCount,
    createdAt: question.createdAt.toISOString(),
  };
}

export function toModerationQuestion(
  question: Question,
  author: Pick<Participant, 'name' | 'institution' | 'category'>,
): ModerationQuestion {
  return {
    id: question.id,
    agendaItemId: question.agendaItemId,
    text: question.text,
    authorName: author.name,
    authorInstitution: author.institution,
    authorCategory: author.category,
    status: question.status,
    createdAt: question.createdAt.toISOString(),
  };
}

export function toMyQuestion(question: Question): MyQuestion {
  return {
    id: question.id,
    agendaItemId: question.agendaItemId,
    text: question.text,
    status: question.status,
    createdAt: question.createdAt.toISOString(),
  };
}
