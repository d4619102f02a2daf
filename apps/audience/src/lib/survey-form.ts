import { SURVEY_ELEMENTS, SURVEY_SCORE, type SubmitSurveyRequest, type SurveyElement } from '@mufakat/contracts';

/** One score per element, U1..U9 order; null while not chosen. */
export type SurveyDraft = Array<number | null>;

export const SURVEY_SCORES = Array.from({ length: SURVEY_SCORE.max - SURVEY_SCORE.min + 1 }, (_, index) => SURVEY_SCORE.min + index);

const isScore = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= SURVEY_SCORE.min && (value as number) <= SURVEY_SCORE.max;

/** Empty, or the attendee's earlier answers so they can be changed. */
export function surveyDraft(mine: readonly number[] | null): SurveyDraft {
  return SURVEY_ELEMENTS.map((_, index) => {
    const score = mine?.[index];
    return isScore(score) ? score : null;
  });
}

export function setScore(draft: SurveyDraft, index: number, score: number): SurveyDraft {
  return draft.map((value, i) => (i === index ? score : value));
}

/** Elements still without a valid score: every element is required. */
export function missingElements(draft: SurveyDraft): SurveyElement[] {
  return SURVEY_ELEMENTS.filter((_, index) => !isScore(draft[index]));
}

/** The request body, or null while an element is missing. */
export function toSurveyRequest(draft: SurveyDraft): SubmitSurveyRequest | null {
  return missingElements(draft).length === 0 ? { scores: draft as number[] } : null;
}
