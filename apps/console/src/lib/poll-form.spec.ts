import { LIMITS, type PollView } from '@mufakat/contracts';
import {
  addOption,
  canAddOption,
  emptyPollForm,
  hasPollErrors,
  pollFormFromView,
  removeOption,
  toCreatePollRequest,
  updateOption,
  usesOptions,
  validatePollForm,
  type PollFormValues,
} from './poll-form';

function keys(): () => string {
  let n = 0;
  return () => `k${n++}`;
}

function form(patch: Partial<PollFormValues> = {}, labels = [' Pagi ', 'Siang', '']): PollFormValues {
  const base = emptyPollForm(keys(), 'a1');
  return { ...base, question: '  Kapan layanan dibuka?  ', options: labels.map((label, i) => ({ key: `o${i}`, label })), ...patch };
}

describe(toCreatePollRequest.name, () => {
  it('builds a single-choice request: trimmed text, blank options left out, no extras', () => {
    expect(toCreatePollRequest(form())).toEqual({
      ok: true,
      request: {
        agendaItemId: 'a1',
        question: 'Kapan layanan dibuka?',
        type: 'single',
        options: ['Pagi', 'Siang'],
        resultsVisible: true,
        allowChange: true,
      },
    });
  });

  it('sends max choices for multiple choice, defaulting to every option', () => {
    const noMax = toCreatePollRequest(form({ type: 'multiple' }));
    expect(noMax.ok && noMax.request.maxChoices).toBe(2);
    const withMax = toCreatePollRequest(form({ type: 'multiple', maxChoices: '1' }));
    expect(withMax.ok && withMax.request.maxChoices).toBe(1);
  });

  it('sends the scale for a rating and no options', () => {
    const result = toCreatePollRequest(form({ type: 'rating', scaleMax: 10, agendaItemId: '' }));
    expect(result).toEqual({
      ok: true,
      request: { agendaItemId: null, question: 'Kapan layanan dibuka?', type: 'rating', scaleMax: 10, resultsVisible: true, allowChange: true },
    });
  });

  it('sends the ranking method for a ranking', () => {
    const result = toCreatePollRequest(form({ type: 'ranking', rankingMethod: 'average' }));
    expect(result.ok && result.request).toMatchObject({ type: 'ranking', rankingMethod: 'average', options: ['Pagi', 'Siang'] });
  });

  it('needs nothing but the question for a word cloud or open text', () => {
    for (const type of ['wordcloud', 'open'] as const) {
      const result = toCreatePollRequest(form({ type, resultsVisible: false, allowChange: false }, ['', '']));
      expect(result).toEqual({
        ok: true,
        request: { agendaItemId: 'a1', question: 'Kapan layanan dibuka?', type, resultsVisible: false, allowChange: false },
      });
    }
  });
});

describe(validatePollForm.name, () => {
  it('asks for a question within the limit', () => {
    expect(validatePollForm(form({ question: '   ' })).question).toEqual({ key: 'required' });
    expect(validatePollForm(form({ question: 'x'.repeat(LIMITS.pollQuestion + 1) })).question?.key).toBe('tooLong');
  });

  it('asks for at least two options, distinct and not too long', () => {
    expect(validatePollForm(form({}, ['Pagi', ' ', ''])).options).toEqual({ key: 'optionsTooFew', values: { min: 2 } });
    const errors = validatePollForm(form({}, ['Pagi', ' pagi ', 'x'.repeat(LIMITS.pollOption + 1)]));
    expect(errors.optionRows).toEqual([undefined, { key: 'optionDuplicate' }, { key: 'tooLong', values: { max: LIMITS.pollOption } }]);
    expect(hasPollErrors(errors)).toBe(true);
  });

  it('ignores options for types that have none', () => {
    expect(hasPollErrors(validatePollForm(form({ type: 'rating' }, ['', ''])))).toBe(false);
  });

  it('keeps max choices between one and the number of options', () => {
    for (const maxChoices of ['0', '3', '1.5', 'dua']) {
      expect(validatePollForm(form({ type: 'multiple', maxChoices })).maxChoices).toEqual({ key: 'maxChoicesRange', values: { min: 1, max: 2 } });
    }
    expect(validatePollForm(form({ type: 'multiple', maxChoices: '2' })).maxChoices).toBeUndefined();
  });

  it('reports failures instead of a request', () => {
    const result = toCreatePollRequest(form({ question: '' }));
    expect(result.ok).toBe(false);
  });
});

describe('option rows', () => {
  it('adds, updates and removes rows within the contract limits', () => {
    const next = keys();
    let values = emptyPollForm(next);
    expect(values.options).toHaveLength(2);
    expect(removeOption(values, 0)).toBe(values);
    values = addOption(values, 'new');
    values = updateOption(values, 2, 'Malam');
    expect(values.options.map((o) => o.label)).toEqual(['', '', 'Malam']);
    expect(removeOption(values, 0).options.map((o) => o.key)).toEqual([values.options[1].key, 'new']);
    while (canAddOption(values)) values = addOption(values, next());
    expect(values.options).toHaveLength(LIMITS.pollOptions.max);
    expect(addOption(values, 'too-many')).toBe(values);
  });

  it('knows which types carry options', () => {
    expect(['single', 'multiple', 'rating', 'wordcloud', 'open', 'ranking'].filter((t) => usesOptions(t as never))).toEqual(['single', 'multiple', 'ranking']);
  });
});

describe(pollFormFromView.name, () => {
  it('loads a draft back into the form', () => {
    const poll: PollView = {
      id: 'p1',
      agendaItemId: null,
      question: 'Pilih',
      type: 'multiple',
      options: [{ id: 'o1', label: 'Satu' }],
      maxChoices: 1,
      scaleMax: null,
      rankingMethod: null,
      status: 'draft',
      resultsVisible: false,
      allowChange: true,
      createdAt: '2026-12-01T09:00:00.000Z',
      openedAt: null,
      closedAt: null,
    };
    const values = pollFormFromView(poll, keys());
    expect(values).toMatchObject({ question: 'Pilih', type: 'multiple', maxChoices: '1', scaleMax: 5, rankingMethod: 'borda', agendaItemId: '' });
    expect(values.options.map((o) => o.label)).toEqual(['Satu', '']);
  });
});
