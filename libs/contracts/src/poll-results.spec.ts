import type { PollAnswer, PollOption } from './polls';
import { computePollResults, type AnswerRecord, type PollShape } from './poll-results';

const options: PollOption[] = [
  { id: 'a', label: 'Antrean' },
  { id: 'b', label: 'Biaya' },
  { id: 'c', label: 'Cepat' },
  { id: 'd', label: 'Dokumen' },
];
const shape = (type: PollShape['type'], extra: Partial<PollShape> = {}): PollShape => ({
  type,
  options: ['single', 'multiple', 'ranking'].includes(type) ? options : [],
  scaleMax: type === 'rating' ? 5 : null,
  rankingMethod: type === 'ranking' ? 'borda' : null,
  ...extra,
});
let clock = Date.parse('2026-12-01T02:00:00.000Z');
const given = (...answers: PollAnswer[]): AnswerRecord[] => answers.map((answer) => ({ answer, at: new Date((clock += 1000)) }));

describe(computePollResults.name, () => {
  it('counts single choices, every option present even at zero', () => {
    const results = computePollResults(
      shape('single'),
      given({ type: 'single', optionId: 'a' }, { type: 'single', optionId: 'c' }, { type: 'single', optionId: 'a' }),
    );
    expect(results).toEqual({ type: 'single', respondents: 3, counts: { a: 2, b: 0, c: 1, d: 0 } });
  });

  it('counts multiple choices once per attendee per option', () => {
    const results = computePollResults(
      shape('multiple'),
      given({ type: 'multiple', optionIds: ['a', 'b'] }, { type: 'multiple', optionIds: ['b', 'd'] }, { type: 'multiple', optionIds: ['b'] }),
    );
    expect(results).toEqual({ type: 'multiple', respondents: 3, counts: { a: 1, b: 3, c: 0, d: 1 } });
  });

  it('gives a rating distribution over the whole scale and the mean', () => {
    const results = computePollResults(
      shape('rating', { scaleMax: 10 }),
      given({ type: 'rating', value: 4 }, { type: 'rating', value: 10 }, { type: 'rating', value: 4 }, { type: 'rating', value: 1 }),
    );
    expect(results).toEqual({
      type: 'rating',
      respondents: 4,
      distribution: { 1: 1, 2: 0, 3: 0, 4: 2, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0, 10: 1 },
      average: 4.75,
    });
  });

  it('has no average before anyone rates', () => {
    expect(computePollResults(shape('rating'), [])).toEqual({
      type: 'rating',
      respondents: 0,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      average: null,
    });
  });

  it('counts words case- and space-insensitively, once per answer, most frequent first then alphabetical', () => {
    const results = computePollResults(
      shape('wordcloud'),
      given(
        { type: 'wordcloud', words: [' Pelayanan  Cepat ', 'antri'] },
        { type: 'wordcloud', words: ['pelayanan cepat', 'ANTRI', 'antri '] },
        { type: 'wordcloud', words: ['Ramah', 'Zonasi'] },
        { type: 'wordcloud', words: ['zonasi', 'RAMAH', 'antri'] },
      ),
    );
    expect(results).toEqual({
      type: 'wordcloud',
      respondents: 4,
      words: [
        { word: 'antri', count: 3 },
        { word: 'pelayanan cepat', count: 2 },
        { word: 'ramah', count: 2 },
        { word: 'zonasi', count: 2 },
      ],
    });
  });

  it('keeps the 60 most frequent words', () => {
    const answers = Array.from({ length: 70 }, (_, i) => ({ type: 'wordcloud' as const, words: [`kata${String(i).padStart(2, '0')}`] }));
    answers.push({ type: 'wordcloud', words: ['kata69'] });
    const results = computePollResults(shape('wordcloud'), given(...answers));
    if (results.type !== 'wordcloud') throw new Error('wrong type');
    expect(results.respondents).toBe(71);
    expect(results.words).toHaveLength(60);
    expect(results.words[0]).toEqual({ word: 'kata69', count: 2 });
    expect(results.words[1]).toEqual({ word: 'kata00', count: 1 });
    expect(results.words[59]).toEqual({ word: 'kata58', count: 1 });
  });

  it('lists the latest 100 open answers, newest first, with the total respondents', () => {
    const records = given(...Array.from({ length: 120 }, (_, i) => ({ type: 'open' as const, text: `jawaban ${i}` })));
    const results = computePollResults(shape('open'), [...records].reverse().slice(0, 110).reverse(), 120);
    if (results.type !== 'open') throw new Error('wrong type');
    expect(results.respondents).toBe(120);
    expect(results.answers).toHaveLength(100);
    expect(results.answers[0]).toEqual({ text: 'jawaban 119', at: records[119].at.toISOString() });
    expect(results.answers[99].text).toBe('jawaban 20');
  });

  describe('ranking', () => {
    // Three attendees rank four options; n = 4, so 1st earns 3, 2nd 2, 3rd 1, 4th 0.
    //   [a, b, c, d] → a 3, b 2, c 1, d 0
    //   [b, a, d, c] → b 3, a 2, d 1, c 0
    //   [c, b, a, d] → c 3, b 2, a 1, d 0
    // Borda: b 7, a 6, c 4, d 1. Mean positions: b 5/3, a 2, c 8/3, d 11/3.
    const rankings = given(
      { type: 'ranking', optionIds: ['a', 'b', 'c', 'd'] },
      { type: 'ranking', optionIds: ['b', 'a', 'd', 'c'] },
      { type: 'ranking', optionIds: ['c', 'b', 'a', 'd'] },
    );

    it('scores by Borda count, best first', () => {
      expect(computePollResults(shape('ranking'), rankings)).toEqual({
        type: 'ranking',
        respondents: 3,
        method: 'borda',
        scores: [
          { optionId: 'b', score: 7 },
          { optionId: 'a', score: 6 },
          { optionId: 'c', score: 4 },
          { optionId: 'd', score: 1 },
        ],
      });
    });

    it('scores by average position, lowest first', () => {
      const results = computePollResults(shape('ranking', { rankingMethod: 'average' }), rankings);
      if (results.type !== 'ranking') throw new Error('wrong type');
      expect(results.method).toBe('average');
      expect(results.scores.map((s) => s.optionId)).toEqual(['b', 'a', 'c', 'd']);
      expect(results.scores.map((s) => s.score)).toEqual([5 / 3, 2, 8 / 3, 11 / 3]);
    });

    it('breaks ties by the poll option order and scores nothing before anyone answers', () => {
      const tie = computePollResults(
        shape('ranking'),
        given({ type: 'ranking', optionIds: ['d', 'c', 'b', 'a'] }, { type: 'ranking', optionIds: ['a', 'b', 'c', 'd'] }),
      );
      if (tie.type !== 'ranking') throw new Error('wrong type');
      expect(tie.scores).toEqual([
        { optionId: 'a', score: 3 },
        { optionId: 'b', score: 3 },
        { optionId: 'c', score: 3 },
        { optionId: 'd', score: 3 },
      ]);
      const empty = computePollResults(shape('ranking', { rankingMethod: 'average' }), []);
      expect(empty).toMatchObject({ respondents: 0, scores: options.map((o) => ({ optionId: o.id, score: 0 })) });
    });
  });

  it('ignores answers of another type', () => {
    const results = computePollResults(shape('single'), given({ type: 'single', optionId: 'b' }, { type: 'rating', value: 3 }));
    expect(results).toEqual({ type: 'single', respondents: 1, counts: { a: 0, b: 1, c: 0, d: 0 } });
  });
});
