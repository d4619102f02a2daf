import { randomBytes } from 'node:crypto';
import { LIMITS, normaliseWord, type CreatePollRequest, type PollOption, type PollType, type RankingMethod, type RatingScale } from '@mufakat/contracts';
import { DomainError } from '../common/domain-error';

/** The columns a create or update request settles. */
export interface PollDefinition {
  question: string;
  type: PollType;
  options: PollOption[];
  maxChoices: number | null;
  scaleMax: RatingScale | null;
  rankingMethod: RankingMethod | null;
  resultsVisible: boolean;
  allowChange: boolean;
}

/** Options differing only in case or spacing count as the same option, as word-cloud words do. */
const sameLabel = normaliseWord;

const TYPES_WITH_OPTIONS: readonly PollType[] = ['single', 'multiple', 'ranking'];

/**
 * Settles a poll's definition from a request whose fields each passed the DTO: here go the rules that
 * tie fields together. Options keep the id of an earlier option with the same label, so editing a
 * draft does not renumber what did not change.
 */
export function definePoll(input: CreatePollRequest, earlierOptions: PollOption[] = [], newId: () => string = optionId): PollDefinition {
  const errors: string[] = [];
  const question = input.question.trim();
  if (!question || question.length > LIMITS.pollQuestion) errors.push(`question: must be 1 to ${LIMITS.pollQuestion} characters`);
  const labels = (input.options ?? []).map((label) => label.trim());
  const takesOptions = TYPES_WITH_OPTIONS.includes(input.type);
  if (takesOptions) {
    const { min, max } = LIMITS.pollOptions;
    if (labels.length < min || labels.length > max) errors.push(`options: a ${input.type} poll needs ${min} to ${max} options`);
    if (labels.some((label) => !label || label.length > LIMITS.pollOption)) errors.push(`options: each option must be 1 to ${LIMITS.pollOption} characters`);
    if (new Set(labels.map(sameLabel)).size !== labels.length) errors.push('options: must not repeat an option');
  } else if (present(input.options)) {
    errors.push(`options: a ${input.type} poll has no options`);
  }
  forbidUnless(input.type === 'multiple', input.maxChoices, 'maxChoices', errors);
  forbidUnless(input.type === 'rating', input.scaleMax, 'scaleMax', errors);
  forbidUnless(input.type === 'ranking', input.rankingMethod, 'rankingMethod', errors);
  const maxChoices = input.type === 'multiple' ? (input.maxChoices ?? labels.length) : null;
  if (maxChoices !== null && (maxChoices < 1 || maxChoices > labels.length)) errors.push(`maxChoices: must be 1 to ${labels.length}, the number of options`);
  if (errors.length > 0) throw new DomainError('VALIDATION_FAILED', 'The poll is not valid', errors);
  return {
    question,
    type: input.type,
    options: takesOptions ? withIds(labels, earlierOptions, newId) : [],
    maxChoices,
    scaleMax: input.type === 'rating' ? (input.scaleMax ?? 5) : null,
    rankingMethod: input.type === 'ranking' ? (input.rankingMethod ?? 'borda') : null,
    resultsVisible: input.resultsVisible ?? true,
    allowChange: input.allowChange ?? true,
  };
}

function withIds(labels: string[], earlier: PollOption[], newId: () => string): PollOption[] {
  const kept = new Map(earlier.map((option) => [sameLabel(option.label), option.id]));
  const used = new Set<string>();
  return labels.map((label) => {
    let id = kept.get(sameLabel(label)) ?? newId();
    while (used.has(id)) id = newId();
    used.add(id);
    return { id, label };
  });
}

/** Short, URL-safe and unique within a poll, which is all an option id needs to be. */
function optionId(): string {
  return randomBytes(6).toString('base64url');
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function forbidUnless(allowed: boolean, value: unknown, field: string, errors: string[]): void {
  if (!allowed && present(value)) errors.push(`${field}: does not apply to this type of poll`);
}
