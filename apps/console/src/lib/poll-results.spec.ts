import type { PollView } from '@mufakat/contracts';
import { choiceBars, formatAverage, formatScore, percentOf, rankingRows, ratingColumns, ratingScale, wordCloudSizes } from './poll-results';

const options: PollView['options'] = [
  { id: 'o1', label: 'Pagi' },
  { id: 'o2', label: 'Siang' },
  { id: 'o3', label: 'Malam' },
];

describe(percentOf.name, () => {
  it('rounds to whole percent and never divides by zero', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe(choiceBars.name, () => {
  it('gives every option a bar in option order, unanswered ones included', () => {
    const bars = choiceBars({ options }, { type: 'single', respondents: 4, counts: { o2: 3, o1: 1 } });
    expect(bars).toEqual([
      { optionId: 'o1', label: 'Pagi', count: 1, percent: 25, width: 25 },
      { optionId: 'o2', label: 'Siang', count: 3, percent: 75, width: 75 },
      { optionId: 'o3', label: 'Malam', count: 0, percent: 0, width: 0 },
    ]);
  });

  it('measures multiple choice against respondents, so shares may add up past 100', () => {
    const bars = choiceBars({ options }, { type: 'multiple', respondents: 2, counts: { o1: 2, o2: 2, o3: 1 } });
    expect(bars.map((b) => b.percent)).toEqual([100, 100, 50]);
  });

  it('shows empty bars before anyone answers', () => {
    expect(choiceBars({ options }, { type: 'single', respondents: 0, counts: {} }).every((b) => b.width === 0)).toBe(true);
  });
});

describe(ratingColumns.name, () => {
  it('has a column per value of the scale, the tallest for the most chosen', () => {
    const columns = ratingColumns({ type: 'rating', respondents: 5, distribution: { '5': 4, '2': 1 }, average: 4.4 }, 5);
    expect(columns.map((c) => [c.value, c.count, c.height])).toEqual([
      [1, 0, 0],
      [2, 1, 25],
      [3, 0, 0],
      [4, 0, 0],
      [5, 4, 100],
    ]);
    expect(columns[4].percent).toBe(80);
  });

  it('finds the scale when the poll does not say', () => {
    const results = { type: 'rating' as const, respondents: 1, distribution: { '8': 1 }, average: 8 };
    expect(ratingScale({ scaleMax: null }, results)).toBe(10);
    expect(ratingScale({ scaleMax: 5 }, results)).toBe(5);
    expect(ratingScale({ scaleMax: null }, { ...results, distribution: {} })).toBe(5);
  });
});

describe(wordCloudSizes.name, () => {
  it('sizes words between min and max on a square-root scale, keeping the order', () => {
    const sized = wordCloudSizes(
      [
        { word: 'antre', count: 16 },
        { word: 'cepat', count: 4 },
        { word: 'ramah', count: 1 },
      ],
      1,
      4,
    );
    expect(sized.map((w) => w.word)).toEqual(['antre', 'cepat', 'ramah']);
    expect(sized[0].size).toBe(4);
    expect(sized[2].size).toBe(1);
    expect(sized[1].size).toBe(2);
  });

  it('gives equal words the middle size', () => {
    expect(wordCloudSizes([{ word: 'a', count: 2 }, { word: 'b', count: 2 }], 1, 3).map((w) => w.size)).toEqual([2, 2]);
    expect(wordCloudSizes([], 1, 3)).toEqual([]);
  });
});

describe(rankingRows.name, () => {
  it('keeps the server order, numbers the ranks and scales Borda points to the best', () => {
    const rows = rankingRows({ options }, { type: 'ranking', respondents: 2, method: 'borda', scores: [{ optionId: 'o3', score: 6 }, { optionId: 'o1', score: 3 }, { optionId: 'o2', score: 0 }] });
    expect(rows.map((r) => [r.rank, r.label, r.score, r.width])).toEqual([
      [1, 'Malam', 6, 100],
      [2, 'Pagi', 3, 50],
      [3, 'Siang', 0, 0],
    ]);
  });

  it('draws an average rank of 1 full length and the worst rank empty', () => {
    const rows = rankingRows({ options }, { type: 'ranking', respondents: 2, method: 'average', scores: [{ optionId: 'o2', score: 1 }, { optionId: 'o1', score: 2 }, { optionId: 'o3', score: 3 }] });
    expect(rows.map((r) => r.width)).toEqual([100, 50, 0]);
  });
});

describe(formatScore.name, () => {
  it('writes Borda points whole and average ranks with one decimal in the reader\'s locale', () => {
    expect(formatScore(12, 'borda', 'id-ID')).toBe('12');
    expect(formatScore(1.666, 'average', 'id-ID')).toBe('1,7');
    expect(formatScore(2, 'average', 'en-GB')).toBe('2.0');
    expect(formatAverage(4.25, 'id-ID')).toBe('4,3');
  });
});
