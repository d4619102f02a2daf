import { LIMITS } from '@mufakat/contracts';
import { questionLength, questionProblem } from './question-text';

describe('questionLength', () => {
  it('counts characters as the textarea maxLength does (UTF-16 code units)', () => {
    expect(questionLength('')).toBe(0);
    expect(questionLength('Kapan?')).toBe(6);
    expect(questionLength('👍')).toBe(2);
  });

  it('counts spaces and line breaks, which the attendee sees as typed', () => {
    expect(questionLength(' a\nb ')).toBe(5);
  });
});

describe('questionProblem', () => {
  it('refuses an empty or blank question', () => {
    expect(questionProblem('')).toBe('empty');
    expect(questionProblem(' \n\t ')).toBe('empty');
  });

  it('accepts a question right at the limit, ignoring surrounding blanks', () => {
    expect(questionProblem(`  ${'a'.repeat(LIMITS.questionText)}  `)).toBeNull();
  });

  it('refuses a question over the limit', () => {
    expect(questionProblem('a'.repeat(LIMITS.questionText + 1))).toBe('tooLong');
  });
});
