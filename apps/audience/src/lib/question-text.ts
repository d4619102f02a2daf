import { LIMITS } from '@mufakat/contracts';

/**
 * Counts UTF-16 code units, as the textarea's `maxLength` does, so the counter and the browser agree;
 * the server counts an emoji as one character, so it never refuses what the counter allowed.
 */
export function questionLength(text: string): number {
  return text.length;
}

export type QuestionProblem = 'empty' | 'tooLong';

export function questionProblem(text: string): QuestionProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  return questionLength(trimmed) > LIMITS.questionText ? 'tooLong' : null;
}
