import { SURVEY_ELEMENTS } from '@mufakat/contracts';
import { missingElements, setScore, SURVEY_SCORES, surveyDraft, toSurveyRequest } from './survey-form';

const all = (score: number) => SURVEY_ELEMENTS.map(() => score);

describe('survey form', () => {
  it('scores 1 to 4', () => {
    expect(SURVEY_SCORES).toEqual([1, 2, 3, 4]);
  });

  it('starts empty, one entry per element', () => {
    expect(surveyDraft(null)).toEqual(SURVEY_ELEMENTS.map(() => null));
  });

  it('starts from earlier answers, dropping anything out of range', () => {
    expect(surveyDraft([1, 2, 3, 4, 5, 0, 2.5, 3])).toEqual([1, 2, 3, 4, null, null, null, 3, null]);
  });

  it('sets one score without touching the others or the old draft', () => {
    const draft = surveyDraft(null);
    const next = setScore(draft, 2, 4);
    expect(next[2]).toBe(4);
    expect(next.filter((score) => score !== null)).toHaveLength(1);
    expect(draft[2]).toBeNull();
  });

  it('requires every element, naming the ones missing in order', () => {
    expect(missingElements(surveyDraft(null))).toEqual([...SURVEY_ELEMENTS]);
    const draft = setScore(setScore(surveyDraft(all(3)), 0, 0), 8, 7);
    expect(missingElements(draft)).toEqual(['U1', 'U9']);
    expect(toSurveyRequest(draft)).toBeNull();
  });

  it('builds the request once complete', () => {
    expect(toSurveyRequest(surveyDraft([4, 3, 2, 1, 4, 3, 2, 1, 4]))).toEqual({ scores: [4, 3, 2, 1, 4, 3, 2, 1, 4] });
  });
});
