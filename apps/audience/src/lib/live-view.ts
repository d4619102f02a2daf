import type { AgendaItemView, ForumSnapshot, MyQuestion } from '@mufakat/contracts';

export function currentAgendaItem(snapshot: ForumSnapshot): AgendaItemView | null {
  return snapshot.agenda.find((item) => item.id === snapshot.currentAgendaItemId) ?? null;
}

export function attendeeViewer(snapshot: ForumSnapshot): { votedQuestionIds: string[]; myQuestions: MyQuestion[] } {
  return snapshot.viewer.role === 'attendee' ? snapshot.viewer : { votedQuestionIds: [], myQuestions: [] };
}

/**
 * The server announces status changes of one's own questions, not their creation, so questions
 * acknowledged on this device are kept locally until the snapshot carries them. The server's copy wins.
 * Newest first: the attendee looks for what they just asked.
 */
export function mergeMyQuestions(fromServer: readonly MyQuestion[], askedHere: readonly MyQuestion[]): MyQuestion[] {
  const byId = new Map<string, MyQuestion>();
  for (const question of askedHere) byId.set(question.id, question);
  for (const question of fromServer) byId.set(question.id, question);
  return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}
