import { formatAverage, formatScore, wordCloudSizes } from './poll-results';

describe(wordCloudSizes.name, () => {
  it('sizes words between min and max on a square-root scale, keeping the order', () => {
    const sized = wordCloudSizes(
      [
        { label: 'antre', count: 16 },
        { label: 'cepat', count: 4 },
        { label: 'ramah', count: 1 },
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
    expect(
      wordCloudSizes(
        [
          { label: 'a', count: 2 },
          { label: 'b', count: 2 },
        ],
        1,
        3,
      ).map((w) => w.size),
    ).toEqual([2, 2]);
    expect(wordCloudSizes([], 1, 3)).toEqual([]);
  });
});

describe(formatScore.name, () => {
  it("writes Borda points whole and average ranks with one decimal in the reader's locale", () => {
    expect(formatScore(12, 'borda', 'id-ID')).toBe('12');
    expect(formatScore(1.666, 'average', 'id-ID')).toBe('1,7');
    expect(formatScore(2, 'average', 'en-GB')).toBe('2.0');
    expect(formatAverage(4.25, 'id-ID')).toBe('4,3');
  });
});
