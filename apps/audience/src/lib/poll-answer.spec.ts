import { LIMITS, type PollView } from '@mufakat/contracts';
import { buildAnswer, describeAnswer, draftFor, moveItem, orderPolls, toggleChoice, type PollDraft } from './poll-answer';
import { pollFixture as poll } from './test-fixtures';

const draft = (patch: Partial<PollDraft> = {}): PollDraft => ({ optionIds: [], value: null, words: ['', '', ''], text: '', ...patch });

describe('draftFor', () => {
  it('starts empty, with every option in its order for a ranking and one input per allowed word', () => {
    expect(draftFor(poll())).toEqual(draft());
    expect(draftFor(poll({ type: 'ranking' })).optionIds).toEqual(['o1', 'o2', 'o3']);
    expect(draftFor(poll({ type: 'wordcloud', options: [] })).words).toHaveLength(LIMITS.wordCloudWords);
  });

  it('starts from the earlier answer so it can be changed', () => {
    expect(draftFor(poll(), { type: 'single', optionId: 'o2' }).optionIds).toEqual(['o2']);
    expect(draftFor(poll({ type: 'rating', scaleMax: 5 }), { type: 'rating', value: 4 }).value).toBe(4);
    expect(draftFor(poll({ type: 'wordcloud' }), { type: 'wordcloud', words: ['air'] }).words).toEqual(['air', '', '']);
    expect(draftFor(poll({ type: 'open' }), { type: 'open', text: 'ok' }).text).toBe('ok');
  });

  it('keeps options missing from an earlier ranking at the end', () => {
    expect(draftFor(poll({ type: 'ranking' }), { type: 'ranking', optionIds: ['o3', 'o1'] }).optionIds).toEqual(['o3', 'o1', 'o2']);
  });

  it('ignores an answer of another type', () => {
    expect(draftFor(poll(), { type: 'open', text: 'x' })).toEqual(draft());
  });
});

describe('toggleChoice', () => {
  it('adds and removes options', () => {
    expect(toggleChoice(['o1'], 'o2', 2)).toEqual(['o1', 'o2']);
    expect(toggleChoice(['o1', 'o2'], 'o1', 2)).toEqual(['o2']);
  });

  it('refuses to go over the limit but always allows removing', () => {
    expect(toggleChoice(['o1', 'o2'], 'o3', 2)).toBeNull();
    expect(toggleChoice(['o1', 'o2'], 'o2', 2)).toEqual(['o1']);
  });
});

describe('moveItem', () => {
  it('swaps an item with its neighbour', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the order alone at either end', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('returns a new array', () => {
    const items = ['a', 'b'];
    expect(moveItem(items, 0, 1)).not.toBe(items);
    expect(items).toEqual(['a', 'b']);
  });
});

describe('buildAnswer', () => {
  it('single: needs exactly one known option', () => {
    expect(buildAnswer(poll(), draft({ optionIds: ['o2'] }))).toEqual({ answer: { type: 'single', optionId: 'o2' } });
    expect(buildAnswer(poll(), draft())).toEqual({ problem: 'choose' });
    expect(buildAnswer(poll(), draft({ optionIds: ['zz'] }))).toEqual({ problem: 'choose' });
  });

  it('multiple: one up to maxChoices options', () => {
    const multiple = poll({ type: 'multiple', maxChoices: 2 });
    expect(buildAnswer(multiple, draft({ optionIds: ['o1', 'o3'] }))).toEqual({ answer: { type: 'multiple', optionIds: ['o1', 'o3'] } });
    expect(buildAnswer(multiple, draft())).toEqual({ problem: 'choose' });
    expect(buildAnswer(multiple, draft({ optionIds: ['o1', 'o2', 'o3'] }))).toEqual({ problem: 'tooMany' });
    expect(buildAnswer(poll({ type: 'multiple' }), draft({ optionIds: ['o1', 'o2', 'o3'] }))).toHaveProperty('answer');
  });

  it('rating: a whole number from 1 to the scale', () => {
    const rating = poll({ type: 'rating', options: [], scaleMax: 10 });
    expect(buildAnswer(rating, draft({ value: 10 }))).toEqual({ answer: { type: 'rating', value: 10 } });
    expect(buildAnswer(rating, draft())).toEqual({ problem: 'rate' });
    expect(buildAnswer(rating, draft({ value: 11 }))).toEqual({ problem: 'rate' });
    expect(buildAnswer(poll({ type: 'rating', scaleMax: 5 }), draft({ value: 6 }))).toEqual({ problem: 'rate' });
  });

  it('word cloud: tidy, non-empty, distinct words of limited length', () => {
    const cloud = poll({ type: 'wordcloud', options: [] });
    expect(buildAnswer(cloud, draft({ words: ['  air  bersih ', '', 'Air Bersih'] }))).toEqual({
      answer: { type: 'wordcloud', words: ['air bersih'] },
    });
    expect(buildAnswer(cloud, draft({ words: [' ', '', ''] }))).toEqual({ problem: 'words' });
    expect(buildAnswer(cloud, draft({ words: ['a'.repeat(LIMITS.wordCloudWord + 1), '', ''] }))).toEqual({ problem: 'wordTooLong' });
  });

  it('open text: trimmed, not empty, within the limit', () => {
    const open = poll({ type: 'open', options: [] });
    expect(buildAnswer(open, draft({ text: ' Lebih cepat \n' }))).toEqual({ answer: { type: 'open', text: 'Lebih cepat' } });
    expect(buildAnswer(open, draft({ text: '  ' }))).toEqual({ problem: 'empty' });
    expect(buildAnswer(open, draft({ text: 'a'.repeat(LIMITS.pollTextAnswer + 1) }))).toEqual({ problem: 'tooLong' });
  });

  it('ranking: every option exactly once, best first', () => {
    const ranking = poll({ type: 'ranking' });
    expect(buildAnswer(ranking, draft({ optionIds: ['o3', 'o1', 'o2'] }))).toEqual({
      answer: { type: 'ranking', optionIds: ['o3', 'o1', 'o2'] },
    });
    expect(buildAnswer(ranking, draft({ optionIds: ['o3', 'o1'] }))).toEqual({ problem: 'order' });
  });
});

describe('describeAnswer', () => {
  it('puts each kind of answer in words', () => {
    expect(describeAnswer(poll(), { type: 'single', optionId: 'o1' })).toBe('Ya');
    expect(describeAnswer(poll({ type: 'multiple' }), { type: 'multiple', optionIds: ['o1', 'o3'] })).toBe('Ya, Ragu');
    expect(describeAnswer(poll({ type: 'rating', scaleMax: 10 }), { type: 'rating', value: 7 })).toBe('7/10');
    expect(describeAnswer(poll({ type: 'ranking' }), { type: 'ranking', optionIds: ['o2', 'o1', 'o3'] })).toBe('1. Tidak  2. Ya  3. Ragu');
    expect(describeAnswer(poll({ type: 'wordcloud' }), { type: 'wordcloud', words: ['a', 'b'] })).toBe('a, b');
    expect(describeAnswer(poll({ type: 'open' }), { type: 'open', text: 'teks' })).toBe('teks');
  });
});

describe('orderPolls', () => {
  const at = (id: string, status: PollView['status'], openedAt: string, closedAt: string | null = null) => poll({ id, status, openedAt, closedAt });

  it('lists open polls newest first, then closed ones, and never drafts', () => {
    const polls = [
      at('closed-old', 'closed', '2026-01-10T02:00:00Z', '2026-01-10T02:05:00Z'),
      at('open-old', 'open', '2026-01-10T02:01:00Z'),
      at('draft', 'draft', '2026-01-10T02:09:00Z'),
      at('open-new', 'open', '2026-01-10T02:08:00Z'),
      at('closed-new', 'closed', '2026-01-10T02:02:00Z', '2026-01-10T02:07:00Z'),
    ];
    expect(orderPolls(polls).map((p) => p.id)).toEqual(['open-new', 'open-old', 'closed-new', 'closed-old']);
  });
});
