import { dateInWords, englishNumberWords, englishOrdinalWords, indonesianNumberWords } from './number-words';

describe(indonesianNumberWords.name, () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [29, 'dua puluh sembilan'],
    [31, 'tiga puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [2000, 'dua ribu'],
    [2024, 'dua ribu dua puluh empat'],
    [1998, 'seribu sembilan ratus sembilan puluh delapan'],
    [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'],
    [1000000, 'satu juta'],
    [2500000, 'dua juta lima ratus ribu'],
    [1000000000, 'satu miliar'],
  ])('%i → %s', (n, words) => {
    expect(indonesianNumberWords(n)).toBe(words);
  });

  it('refuses what it cannot write', () => {
    expect(() => indonesianNumberWords(-1)).toThrow(RangeError);
    expect(() => indonesianNumberWords(1.5)).toThrow(RangeError);
  });
});

describe(englishNumberWords.name, () => {
  it.each([
    [0, 'zero'],
    [11, 'eleven'],
    [13, 'thirteen'],
    [20, 'twenty'],
    [29, 'twenty-nine'],
    [100, 'one hundred'],
    [105, 'one hundred five'],
    [1000, 'one thousand'],
    [2024, 'two thousand twenty-four'],
    [1998, 'one thousand nine hundred ninety-eight'],
    [1000000, 'one million'],
  ])('%i → %s', (n, words) => {
    expect(englishNumberWords(n)).toBe(words);
  });

  it.each([
    [1, 'first'],
    [2, 'second'],
    [3, 'third'],
    [5, 'fifth'],
    [8, 'eighth'],
    [9, 'ninth'],
    [11, 'eleventh'],
    [12, 'twelfth'],
    [20, 'twentieth'],
    [21, 'twenty-first'],
    [29, 'twenty-ninth'],
    [30, 'thirtieth'],
    [31, 'thirty-first'],
  ])('ordinal %i → %s', (n, words) => {
    expect(englishOrdinalWords(n)).toBe(words);
  });
});

describe(dateInWords.name, () => {
  // 09.00 WIB on 29 October 2024 is 02:00 UTC; at 23:00 UTC on the 28th it is already the 29th in Jakarta.
  it('writes the Banyumas forum date in Indonesian, in the forum zone', () => {
    expect(dateInWords('2024-10-28T23:00:00Z', 'Asia/Jakarta', 'id')).toEqual({
      weekday: 'Selasa',
      day: 'dua puluh sembilan',
      month: 'Oktober',
      year: 'dua ribu dua puluh empat',
    });
  });

  it('writes it in English', () => {
    expect(dateInWords('2024-10-29T02:00:00Z', 'Asia/Jakarta', 'en')).toEqual({
      weekday: 'Tuesday',
      day: 'twenty-ninth',
      month: 'October',
      year: 'two thousand twenty-four',
    });
  });
});
