import { LATEST_ANSWERS, resultView, TOP_WORDS } from './poll-results';
import { pollFixture as poll } from './test-fixtures';

describe('resultView', () => {
  it('gives a bar per option with counts and shares of respondents', () => {
    const view = resultView(poll(), { type: 'single', respondents: 4, counts: { o1: 3, o2: 1 } });
    expect(view).toEqual({
      kind: 'bars',
      respondents: 4,
      average: null,
      rows: [
        { key: 'o1', label: 'Ya', count: 3, percent: 75 },
        { key: 'o2', label: 'Tidak', count: 1, percent: 25 },
        { key: 'o3', label: 'Ragu', count: 0, percent: 0 },
      ],
    });
  });

  it('shows 0% rather than dividing by zero before anyone answered', () => {
    const view = resultView(poll({ type: 'multiple' }), { type: 'multiple', respondents: 0, counts: {} });
    expect(view.kind === 'bars' && view.rows.map((row) => row.percent)).toEqual([0, 0, 0]);
  });

  it('gives every point of a rating scale and the average', () => {
    const view = resultView(poll({ type: 'rating', options: [], scaleMax: 5 }), {
      type: 'rating',
      respondents: 2,
      distribution: { '4': 1, '5': 1 },
      average: 4.5,
    });
    expect(view.kind === 'bars' && [view.rows.map((row) => row.count), view.average]).toEqual([[0, 0, 0, 1, 1], 4.5]);
  });

  it('keeps the most frequent words and the latest open answers only', () => {
    const words = Array.from({ length: 20 }, (_, i) => ({ word: `w${i}`, count: 20 - i }));
    const cloud = resultView(poll({ type: 'wordcloud' }), { type: 'wordcloud', respondents: 20, words });
    expect(cloud.kind === 'bars' && cloud.rows.map((row) => row.label)).toEqual(words.slice(0, TOP_WORDS).map((w) => w.word));
    const answers = Array.from({ length: 9 }, (_, i) => ({ text: `t${i}`, at: '2026-01-10T02:00:00Z' }));
    const open = resultView(poll({ type: 'open' }), { type: 'open', respondents: 9, answers });
    expect(open).toEqual({ kind: 'answers', respondents: 9, answers: answers.slice(0, LATEST_ANSWERS).map((a) => a.text) });
  });

  it("lists a ranking's options best first with their labels", () => {
    const view = resultView(poll({ type: 'ranking' }), {
      type: 'ranking',
      respondents: 3,
      method: 'borda',
      scores: [
        { optionId: 'o3', score: 7 },
        { optionId: 'o1', score: 4 },
      ],
    });
    expect(view).toEqual({
      kind: 'ranking',
      respondents: 3,
      method: 'borda',
      rows: [
        { key: 'o3', label: 'Ragu', score: 7 },
        { key: 'o1', label: 'Ya', score: 4 },
      ],
    });
  });
});
