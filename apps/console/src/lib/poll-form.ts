import { LIMITS, normaliseWord, type CreatePollRequest, type PollType, type PollView, type RankingMethod, type RatingScale } from '@mufakat/contracts';
import { requiredText, type FieldError } from './validation';

export interface PollOptionRow {
  /** Stable React key: rows are added and removed in the middle. */
  key: string;
  label: string;
}

export interface PollFormValues {
  question: string;
  type: PollType;
  options: PollOptionRow[];
  /** As typed; empty means "as many as there are options". */
  maxChoices: string;
  scaleMax: RatingScale;
  rankingMethod: RankingMethod;
  resultsVisible: boolean;
  allowChange: boolean;
  /** Empty: not tied to an agenda item. */
  agendaItemId: string;
}

export interface PollFormErrors {
  question?: FieldError;
  /** About the options as a whole (too few). */
  options?: FieldError;
  /** One entry per option row, same order. */
  optionRows: Array<FieldError | undefined>;
  maxChoices?: FieldError;
}

export type PollFormResult = { ok: true; request: CreatePollRequest } | { ok: false; errors: PollFormErrors };

/** Choice polls carry their options; rating, word cloud and open text do not. */
export function usesOptions(type: PollType): boolean {
  return type === 'single' || type === 'multiple' || type === 'ranking';
}

export function emptyPollForm(nextKey: () => string, agendaItemId: string | null = null): PollFormValues {
  return {
    question: '',
    type: 'single',
    options: [
      { key: nextKey(), label: '' },
      { key: nextKey(), label: '' },
    ],
    maxChoices: '',
    scaleMax: 5,
    rankingMethod: 'borda',
    resultsVisible: true,
    allowChange: true,
    agendaItemId: agendaItemId ?? '',
  };
}

/** A draft loaded back into the form for editing. */
export function pollFormFromView(poll: PollView, nextKey: () => string): PollFormValues {
  const labels = poll.options.map((option) => option.label);
  while (labels.length < LIMITS.pollOptions.min) labels.push('');
  return {
    question: poll.question,
    type: poll.type,
    options: labels.map((label) => ({ key: nextKey(), label })),
    maxChoices: poll.maxChoices === null ? '' : String(poll.maxChoices),
    scaleMax: poll.scaleMax ?? 5,
    rankingMethod: poll.rankingMethod ?? 'borda',
    resultsVisible: poll.resultsVisible,
    allowChange: poll.allowChange,
    agendaItemId: poll.agendaItemId ?? '',
  };
}

export function canAddOption(values: PollFormValues): boolean {
  return values.options.length < LIMITS.pollOptions.max;
}

export function canRemoveOption(values: PollFormValues): boolean {
  return values.options.length > LIMITS.pollOptions.min;
}

export function addOption(values: PollFormValues, key: string): PollFormValues {
  return canAddOption(values) ? { ...values, options: [...values.options, { key, label: '' }] } : values;
}

export function removeOption(values: PollFormValues, index: number): PollFormValues {
  return canRemoveOption(values) ? { ...values, options: values.options.filter((_, i) => i !== index) } : values;
}

export function updateOption(values: PollFormValues, index: number, label: string): PollFormValues {
  return { ...values, options: values.options.map((row, i) => (i === index ? { ...row, label } : row)) };
}

/** Option labels as they will be sent: trimmed, blank rows left out. */
export function filledOptions(values: PollFormValues): string[] {
  return values.options.map((row) => row.label.trim()).filter(Boolean);
}

export function validatePollForm(values: PollFormValues): PollFormErrors {
  const errors: PollFormErrors = { optionRows: values.options.map(() => undefined) };
  const question = requiredText(values.question, LIMITS.pollQuestion);
  if (question) errors.question = question;
  if (!usesOptions(values.type)) return errors;

  const seen = new Set<string>();
  values.options.forEach((row, index) => {
    const label = row.label.trim();
    if (!label) return;
    if (label.length > LIMITS.pollOption) errors.optionRows[index] = { key: 'tooLong', values: { max: LIMITS.pollOption } };
    else if (seen.has(normaliseWord(label))) errors.optionRows[index] = { key: 'optionDuplicate' };
    seen.add(normaliseWord(label));
  });
  const count = filledOptions(values).length;
  if (count < LIMITS.pollOptions.min) errors.options = { key: 'optionsTooFew', values: { min: LIMITS.pollOptions.min } };

  if (values.type === 'multiple' && values.maxChoices.trim()) {
    const max = values.maxChoices.trim();
    const upper = Math.max(count, 1);
    if (!/^\d+$/.test(max) || Number(max) < 1 || Number(max) > upper) {
      errors.maxChoices = { key: 'maxChoicesRange', values: { min: 1, max: upper } };
    }
  }
  return errors;
}

export function hasPollErrors(errors: PollFormErrors): boolean {
  return Boolean(errors.question || errors.options || errors.maxChoices || errors.optionRows.some(Boolean));
}

/** Validates the form and, when it is sound, builds the request for `poll:create` (or `poll:update`). */
export function toCreatePollRequest(values: PollFormValues): PollFormResult {
  const errors = validatePollForm(values);
  if (hasPollErrors(errors)) return { ok: false, errors };
  const request: CreatePollRequest = {
    agendaItemId: values.agendaItemId || null,
    question: values.question.trim(),
    type: values.type,
    resultsVisible: values.resultsVisible,
    allowChange: values.allowChange,
  };
  if (usesOptions(values.type)) request.options = filledOptions(values);
  if (values.type === 'multiple') {
    request.maxChoices = values.maxChoices.trim() ? Number(values.maxChoices.trim()) : filledOptions(values).length;
  }
  if (values.type === 'rating') request.scaleMax = values.scaleMax;
  if (values.type === 'ranking') request.rankingMethod = values.rankingMethod;
  return { ok: true, request };
}
