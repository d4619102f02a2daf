import { rankQuestions, recentQuestions, type PublicQuestion } from '@mufakat/contracts';

export type QuestionSort = 'top' | 'recent';
/** The current agenda item's questions, or every question of the forum. */
export type QuestionScope = 'current' | 'all';

export function visibleQuestions(
  questions: readonly PublicQuestion[],
  sort: QuestionSort,
  scope: QuestionScope,
  currentAgendaItemId: string | null,
): PublicQuestion[] {
  const inScope = scope === 'current' && currentAgendaItemId ? questions.filter((question) => question.agendaItemId === currentAgendaItemId) : questions;
  return sort === 'top' ? rankQuestions(inScope) : recentQuestions(inScope);
}

/** The server's upvotes with this device's acknowledged (or still travelling) toggles laid over them. */
export function votedIds(fromServer: readonly string[], local: Readonly<Record<string, boolean>>): Set<string> {
  const voted = new Set(fromServer);
  for (const [questionId, upvoted] of Object.entries(local)) {
    if (upvoted) voted.add(questionId);
    else voted.delete(questionId);
  }
  return voted;
}
