import { LIMITS } from '@mufakat/contracts';
import { DomainError } from '../common/domain-error';
import { checkPollAnswer, type PollRules } from './poll-answer-rules';

const options = [
  { id: 'a', label: 'Antrean' },
  { id: 'b', label: 'Biaya' },
  { id: 'c', label: 'Cepat' },
];
const single: PollRules = { type: 'single', options, maxChoices: null, scaleMax: null };
const multiple: PollRules = { type: 'multiple', options, maxChoices: 2, scaleMax: null };
const rating: PollRules = { type: 'rating', options: [], maxChoices: null, scaleMax: 10 };
const wordcloud: PollRules = { type: 'wordcloud', options: [], maxChoices: null, scaleMax: null };
const open: PollRules = { type: 'open', options: [], maxChoices: null, scaleMax: null };
const ranking: PollRules = { type: 'ranking', options, maxChoices: null, scaleMax: null };

function refusal(poll: PollRules, answer: unknown): DomainError {
  try {
    checkPollAnswer(poll, answer);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(answer)}`);
}

describe(checkPollAnswer.name, () => {
  it('refuses an answer of another type', () => {
    const error = refusal(single, { type: 'rating', value: 3 });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual(['answer.type: must be single']);
  });

  it('takes one known option and refuses fields the type does not have', () => {
    expect(checkPollAnswer(single, { type: 'single', optionId: 'b' })).toEqual({ type: 'single', optionId: 'b' });
    expect(refusal(single, { type: 'single', optionId: 'b', extra: 'x' }).details).toEqual(['answer.extra: should not exist']);
    expect(refusal(single, { type: 'single', optionId: 'z' }).details).toEqual(['answer.optionId: must be an option of the poll']);
    expect(refusal(single, { type: 'single', optionId: ['a'] }).code).toBe('VALIDATION_FAILED');
  });

  it('takes 1..maxChoices distinct known options, in the poll order', () => {
    expect(checkPollAnswer(multiple, { type: 'multiple', optionIds: ['c', 'a'] })).toEqual({ type: 'multiple', optionIds: ['a', 'c'] });
    expect(refusal(multiple, { type: 'multiple', optionIds: [] }).message).toBe('Choose between 1 and 2 options');
    expect(refusal(multiple, { type: 'multiple', optionIds: ['a', 'b', 'c'] }).details).toEqual(['answer.optionIds: must hold 1 to 2 options']);
    expect(refusal(multiple, { type: 'multiple', optionIds: ['a', 'a'] }).details).toEqual(['answer.optionIds: must not repeat an option']);
    expect(refusal(multiple, { type: 'multiple', optionIds: ['a', 'x'] }).details).toEqual(['answer.optionIds: must be options of the poll']);
    expect(refusal(multiple, { type: 'multiple', optionIds: 'a' }).details).toEqual(['answer.optionIds: must be a list of strings']);
  });

  it('takes a whole rating from 1 to the scale maximum', () => {
    expect(checkPollAnswer(rating, { type: 'rating', value: 10 })).toEqual({ type: 'rating', value: 10 });
    expect(checkPollAnswer(rating, { type: 'rating', value: 1 })).toEqual({ type: 'rating', value: 1 });
    for (const value of [0, 11, 2.5, '5', null, Number.NaN]) {
      expect(refusal(rating, { type: 'rating', value }).details).toEqual(['answer.value: must be an integer from 1 to 10']);
    }
    expect(refusal({ ...rating, scaleMax: 5 }, { type: 'rating', value: 6 }).code).toBe('VALIDATION_FAILED');
  });

  it('takes 1..3 non-empty words of at most 40 characters, trimmed', () => {
    expect(checkPollAnswer(wordcloud, { type: 'wordcloud', words: ['  Pelayanan   Cepat ', 'ramah'] })).toEqual({
      type: 'wordcloud',
      words: ['Pelayanan Cepat', 'ramah'],
    });
    expect(refusal(wordcloud, { type: 'wordcloud', words: [] }).code).toBe('VALIDATION_FAILED');
    expect(refusal(wordcloud, { type: 'wordcloud', words: ['ok', '   '] }).details).toEqual(['answer.words: must not hold an empty word']);
    expect(refusal(wordcloud, { type: 'wordcloud', words: ['a', 'b', 'c', 'd'] }).details).toEqual([
      `answer.words: must hold 1 to ${LIMITS.wordCloudWords} words`,
    ]);
    expect(checkPollAnswer(wordcloud, { type: 'wordcloud', words: ['x'.repeat(LIMITS.wordCloudWord)] }).type).toBe('wordcloud');
    expect(refusal(wordcloud, { type: 'wordcloud', words: ['x'.repeat(LIMITS.wordCloudWord + 1)] }).code).toBe('VALIDATION_FAILED');
    expect(refusal(wordcloud, { type: 'wordcloud', words: [3] }).code).toBe('VALIDATION_FAILED');
  });

  it('takes open text of 1..500 characters after trimming', () => {
    expect(checkPollAnswer(open, { type: 'open', text: '  Perlu loket tambahan.  ' })).toEqual({ type: 'open', text: 'Perlu loket tambahan.' });
    expect(checkPollAnswer(open, { type: 'open', text: ` ${'x'.repeat(LIMITS.pollTextAnswer)} ` })).toMatchObject({ type: 'open' });
    expect(refusal(open, { type: 'open', text: '   ' }).code).toBe('VALIDATION_FAILED');
    expect(refusal(open, { type: 'open', text: 'x'.repeat(LIMITS.pollTextAnswer + 1) }).code).toBe('VALIDATION_FAILED');
    expect(refusal(open, { type: 'open' }).code).toBe('VALIDATION_FAILED');
  });

  it('takes a ranking only as a permutation of every option', () => {
    expect(checkPollAnswer(ranking, { type: 'ranking', optionIds: ['c', 'a', 'b'] })).toEqual({ type: 'ranking', optionIds: ['c', 'a', 'b'] });
    for (const optionIds of [['c', 'a'], ['c', 'a', 'a'], ['c', 'a', 'b', 'b'], ['c', 'a', 'x'], []]) {
      expect(refusal(ranking, { type: 'ranking', optionIds }).details).toEqual(['answer.optionIds: must list every option of the poll once']);
    }
  });

  it('refuses something that is not an answer at all', () => {
    expect(refusal(single, null).code).toBe('VALIDATION_FAILED');
    expect(refusal(open, 'text').code).toBe('VALIDATION_FAILED');
  });
});
