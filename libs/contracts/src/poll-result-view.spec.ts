import { percentOf, pollResultView, type PollResultSource } from './poll-result-view';
import type { PollResults, RankingMethod } from './polls';

const poll: PollResultSource = {
  options: [
    { id: 'o1', label: 'Pagi' },
    { id: 'o2', label: 'Siang' },
    { id: 'o3', label: 'Malam' },
  ],
  scaleMax: null,
};
const rating = { options: [], scaleMax: 5 } satisfies PollResultSource;

describe(percentOf.name, () => {
  it('rounds to whole percent and never divides by zero', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe(pollResultView.name, () => {
  it('gives every option a row in option order, unanswered ones included', () => {
    expect(pollResultView(poll, { type: 'single', respondents: 4, counts: { o2: 3, o1: 1 } })).toEqual({
      type: 'single',
      respondents: 4,
      rows: [
        { key: 'o1', label: 'Pagi', count: 1, percent: 25, width: 25, relative: 33 },
        { key: 'o2', label: 'Siang', count: 3, percent: 75, width: 75, relative: 100 },
        { key: 'o3', label: 'Malam', count: 0, percent: 0, width: 0, relative: 0 },
      ],
    });
  });

  it('measures multiple choice against respondents, so shares may add up past 100', () => {
    const view = pollResultView(poll, { type: 'multiple', respondents: 2, counts: { o1: 2, o2: 2, o3: 1 } });
    expect(view.type === 'multiple' && view.rows.map((row) => row.percent)).toEqual([100, 100, 50]);
  });

  it('draws empty rows rather than dividing by zero before anyone answers', () => {
    const view = pollResultView(poll, { type: 'single', respondents: 0, counts: {} });
    expect(view.type === 'single' && view.rows.map((row) => [row.percent, row.width, row.relative])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('gives every value of the rating scale, the average, and heights against the most chosen value', () => {
    const view = pollResultView(rating, { type: 'rating', respondents: 5, distribution: { '5': 4, '2': 1 }, average: 4.4 });
    if (view.type !== 'rating') throw new Error('wrong type');
    expect(view.scaleMax).toBe(5);
    expect(view.average).toBe(4.4);
    expect(view.rows.map((row) => [row.label, row.count, row.percent, row.relative])).toEqual([
      ['1', 0, 0, 0],
      ['2', 1, 20, 25],
      ['3', 0, 0, 0],
      ['4', 0, 0, 0],
      ['5', 4, 80, 100],
    ]);
  });

  it('reads the scale from the poll, never from the answers', () => {
    const results = { type: 'rating' as const, respondents: 1, distribution: { '8': 1 }, average: 8 };
    const scale = (source: PollResultSource) => {
      const view = pollResultView(source, results);
      return view.type === 'rating' && [view.scaleMax, view.rows.length];
    };
    expect(scale({ options: [], scaleMax: 10 })).toEqual([10, 10]);
    // A poll that does not say is on the server's default scale of 5, whatever was answered.
    expect(scale({ options: [], scaleMax: null })).toEqual([5, 5]);
  });

  it('keeps the most frequent words and the latest open answers up to the limits given, all of them otherwise', () => {
    const words = Array.from({ length: 20 }, (_, i) => ({ word: `w${i}`, count: 20 - i }));
    const cloud = pollResultView(poll, { type: 'wordcloud', respondents: 20, words }, { words: 8 });
    expect(cloud.type === 'wordcloud' && cloud.rows.map((row) => row.label)).toEqual(words.slice(0, 8).map((w) => w.word));
    expect(cloud.type === 'wordcloud' && cloud.rows[0]).toEqual({ key: 'w0', label: 'w0', count: 20, percent: 100, width: 100, relative: 100 });
    const all = pollResultView(poll, { type: 'wordcloud', respondents: 20, words });
    expect(all.type === 'wordcloud' && all.rows).toHaveLength(20);

    const answers = Array.from({ length: 9 }, (_, i) => ({ text: `t${i}`, at: '2026-01-10T02:00:00Z' }));
    expect(pollResultView(poll, { type: 'open', respondents: 9, answers }, { answers: 5 })).toEqual({
      type: 'open',
      respondents: 9,
      answers: answers.slice(0, 5),
    });
    expect(pollResultView(poll, { type: 'open', respondents: 9, answers })).toMatchObject({ answers });
  });

  /** Ranking results for two respondents, best first. */
  const ranked = (method: RankingMethod, scores: Record<string, number>): PollResults => ({
    type: 'ranking',
    respondents: 2,
    method,
    scores: Object.entries(scores).map(([optionId, score]) => ({ optionId, score })),
  });

  it("keeps a ranking's server order, numbers the ranks and scales Borda points to the best", () => {
    expect(pollResultView(poll, ranked('borda', { o3: 6, o1: 3, o2: 0 }))).toEqual({
      type: 'ranking',
      respondents: 2,
      method: 'borda',
      rows: [
        { key: 'o3', label: 'Malam', rank: 1, score: 6, width: 100 },
        { key: 'o1', label: 'Pagi', rank: 2, score: 3, width: 50 },
        { key: 'o2', label: 'Siang', rank: 3, score: 0, width: 0 },
      ],
    });
  });

  it('draws an average rank of 1 full length and the worst rank empty, and names an unknown option by its id', () => {
    const view = pollResultView(poll, ranked('average', { o2: 1, o1: 2, gone: 3 }));
    expect(view.type === 'ranking' && view.rows.map((row) => [row.label, row.width])).toEqual([
      ['Siang', 100],
      ['Pagi', 50],
      ['gone', 0],
    ]);
  });
});
