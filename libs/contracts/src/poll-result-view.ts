import { ratingScaleOf, type PollResults, type PollView, type RankingMethod } from './polls';

/** What a result view needs of its poll: the option labels and the rating scale. */
export type PollResultSource = Pick<PollView, 'options' | 'scaleMax'>;

/** One option, rating value or word and how many respondents chose it. */
export interface PollCountRow {
  /** Option id, rating value or word: stable while answers arrive. */
  key: string;
  label: string;
  count: number;
  /** Share of respondents, whole percent; in a multiple-choice poll the shares add up to more than 100. */
  percent: number;
  /** Bar length 0–100: the share of respondents, so a glance compares a row with the whole room. */
  width: number;
  /** 0–100 against the most chosen row: column heights, where the tallest fills its frame. */
  relative: number;
}

export interface PollRankRow {
  key: string;
  label: string;
  /** 1-based, in the server's order (best first). */
  rank: number;
  /** Borda points or the average position, as the method says. */
  score: number;
  /** Bar length 0–100, the best option longest whichever the method. */
  width: number;
}

/** Results as rows ready to draw, discriminated by the poll type like PollResults. */
export type PollResultView =
  | { type: 'single' | 'multiple'; respondents: number; rows: PollCountRow[] }
  | { type: 'rating'; respondents: number; scaleMax: number; average: number | null; rows: PollCountRow[] }
  | { type: 'wordcloud'; respondents: number; rows: PollCountRow[] }
  | { type: 'ranking'; respondents: number; method: RankingMethod; rows: PollRankRow[] }
  | { type: 'open'; respondents: number; answers: Array<{ text: string; at: string }> };

export interface PollResultViewLimits {
  /** Most frequent words kept; all the server sent when unset. */
  words?: number;
  /** Latest open answers kept; all the server sent when unset. */
  answers?: number;
}

/** Whole percent of `total`; 0 when nobody answered. */
export function percentOf(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/**
 * The one reading of a poll's results for every screen (phone, console, projector) and the Berita Acara:
 * choices in the poll's option order so bars do not jump while votes arrive, every value of the poll's own
 * rating scale, words and rankings in the server's order.
 */
export function pollResultView(poll: PollResultSource, results: PollResults, limits: PollResultViewLimits = {}): PollResultView {
  const { respondents } = results;
  switch (results.type) {
    case 'single':
    case 'multiple':
      return {
        type: results.type,
        respondents,
        rows: countRows(
          poll.options.map((option) => ({ key: option.id, label: option.label, count: results.counts[option.id] ?? 0 })),
          respondents,
        ),
      };
    case 'rating': {
      const scaleMax = ratingScaleOf(poll);
      const values = Array.from({ length: scaleMax }, (_, index) => String(index + 1));
      return {
        type: 'rating',
        respondents,
        scaleMax,
        average: results.average,
        rows: countRows(
          values.map((value) => ({ key: value, label: value, count: results.distribution[value] ?? 0 })),
          respondents,
        ),
      };
    }
    case 'wordcloud':
      return {
        type: 'wordcloud',
        respondents,
        rows: countRows(
          results.words.slice(0, limits.words).map(({ word, count }) => ({ key: word, label: word, count })),
          respondents,
        ),
      };
    case 'ranking':
      return { type: 'ranking', respondents, method: results.method, rows: rankRows(poll, results) };
    case 'open':
      return { type: 'open', respondents, answers: results.answers.slice(0, limits.answers) };
  }
}

function countRows(rows: Array<Pick<PollCountRow, 'key' | 'label' | 'count'>>, respondents: number): PollCountRow[] {
  const top = Math.max(0, ...rows.map((row) => row.count));
  return rows.map((row) => {
    const percent = percentOf(row.count, respondents);
    return { ...row, percent, width: Math.min(100, percent), relative: percentOf(row.count, top) };
  });
}

function rankRows(poll: PollResultSource, results: Extract<PollResults, { type: 'ranking' }>): PollRankRow[] {
  const labels = new Map(poll.options.map((option) => [option.id, option.label]));
  const n = Math.max(poll.options.length, results.scores.length, 1);
  const top = Math.max(0, ...results.scores.map((entry) => entry.score));
  return results.scores.map(({ optionId, score }, index) => ({
    key: optionId,
    label: labels.get(optionId) ?? optionId,
    rank: index + 1,
    score,
    width:
      results.method === 'borda'
        ? percentOf(score, top)
        : // Average position: 1 is best, n is worst.
          n > 1
          ? Math.round(((n - score) / (n - 1)) * 100)
          : 100,
  }));
}
