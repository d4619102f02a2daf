import { LIMITS, type PollAnswer, type PollView } from '@mufakat/contracts';
import { DomainError } from '../common/domain-error';

export type PollRules = Pick<PollView, 'type' | 'options' | 'maxChoices' | 'scaleMax'>;

/** The fields each answer type has besides `type`. */
const ANSWER_FIELDS: Record<PollRules['type'], readonly string[]> = {
  single: ['optionId'],
  multiple: ['optionIds'],
  rating: ['value'],
  wordcloud: ['words'],
  open: ['text'],
  ranking: ['optionIds'],
};

/**
 * Checks an answer against its poll and returns it in canonical form: only the fields of its type,
 * text trimmed, multiple choices in the poll's option order (so a retried answer compares equal).
 * The answer arrives from a socket with only its `type` checked, so every field is treated as unknown.
 */
export function checkPollAnswer(poll: PollRules, answer: unknown): PollAnswer {
  const given = (typeof answer === 'object' && answer !== null ? answer : {}) as Record<string, unknown>;
  if (given.type !== poll.type) invalid(`This poll takes a ${poll.type} answer`, `answer.type: must be ${poll.type}`);
  // Unknown fields are refused, as everywhere else, not silently dropped.
  const extra = Object.keys(given).find((key) => key !== 'type' && !ANSWER_FIELDS[poll.type].includes(key));
  if (extra !== undefined) invalid(`answer.${extra} is not part of a ${poll.type} answer`, `answer.${extra}: should not exist`);
  const optionIds = poll.options.map((option) => option.id);
  switch (poll.type) {
    case 'single': {
      const optionId = given.optionId;
      if (typeof optionId !== 'string' || !optionIds.includes(optionId)) invalid('Unknown option', 'answer.optionId: must be an option of the poll');
      return { type: 'single', optionId };
    }
    case 'multiple': {
      const chosen = stringArray(given.optionIds, 'answer.optionIds');
      const max = poll.maxChoices ?? optionIds.length;
      if (chosen.length < 1 || chosen.length > max) {
        invalid(`Choose between 1 and ${max} options`, `answer.optionIds: must hold 1 to ${max} options`);
      }
      if (new Set(chosen).size !== chosen.length) invalid('An option was chosen twice', 'answer.optionIds: must not repeat an option');
      if (chosen.some((id) => !optionIds.includes(id))) invalid('Unknown option', 'answer.optionIds: must be options of the poll');
      return { type: 'multiple', optionIds: optionIds.filter((id) => chosen.includes(id)) };
    }
    case 'rating': {
      const value = given.value;
      const max = poll.scaleMax ?? 5;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
        invalid(`The rating must be a whole number from 1 to ${max}`, `answer.value: must be an integer from 1 to ${max}`);
      }
      return { type: 'rating', value };
    }
    case 'wordcloud': {
      const words = stringArray(given.words, 'answer.words').map((word) => word.trim().replace(/\s+/g, ' '));
      if (words.length < 1 || words.length > LIMITS.wordCloudWords) {
        invalid(`Send 1 to ${LIMITS.wordCloudWords} words`, `answer.words: must hold 1 to ${LIMITS.wordCloudWords} words`);
      }
      if (words.some((word) => word.length === 0)) invalid('A word is empty', 'answer.words: must not hold an empty word');
      if (words.some((word) => word.length > LIMITS.wordCloudWord)) {
        invalid(`A word is longer than ${LIMITS.wordCloudWord} characters`, `answer.words: each word must be at most ${LIMITS.wordCloudWord} characters`);
      }
      return { type: 'wordcloud', words };
    }
    case 'open': {
      const text = typeof given.text === 'string' ? given.text.trim() : '';
      if (text.length < 1 || text.length > LIMITS.pollTextAnswer) {
        invalid(`The answer must be 1 to ${LIMITS.pollTextAnswer} characters`, `answer.text: must be 1 to ${LIMITS.pollTextAnswer} characters`);
      }
      return { type: 'open', text };
    }
    case 'ranking': {
      const order = stringArray(given.optionIds, 'answer.optionIds');
      const isPermutation = order.length === optionIds.length && new Set(order).size === order.length && order.every((id) => optionIds.includes(id));
      if (!isPermutation) invalid('Rank every option exactly once', 'answer.optionIds: must list every option of the poll once');
      return { type: 'ranking', optionIds: order };
    }
  }
}

function stringArray(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) invalid('The answer is not valid', `${path}: must be a list of strings`);
  return value as string[];
}

function invalid(message: string, detail: string): never {
  throw new DomainError('VALIDATION_FAILED', message, [detail]);
}
