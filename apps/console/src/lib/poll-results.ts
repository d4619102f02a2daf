import type { PollResults, PollView, RankingMethod } from '@mufakat/contracts';

type ChoiceResults = Extract<PollResults, { type: 'single' | 'multiple' }>;
type RatingResults = Extract<PollResults, { type: 'rating' }>;
type WordResults = Extract<PollResults, { type: 'wordcloud' }>;
type RankingResults = Extract<PollResults, { type: 'ranking' }>;

/** Whole percent of `total`; 0 when nobody answered. */
export function percentOf(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

export interface ChoiceBar {
  optionId: string;
  label: string;
  count: number;
  /** Share of respondents; in a multiple-choice poll the shares add up to more than 100. */
  percent: number;
  /** Bar length 0–100: the share of respondents, so a glance compares options with the whole room. */
  width: number;
}

/** One bar per option, in the poll's option order so bars do not jump around while votes arrive. */
export function choiceBars(poll: Pick<PollView, 'options'>, results: ChoiceResults): ChoiceBar[] {
  return poll.options.map((option) => {
    const count = results.counts[option.id] ?? 0;
    const percent = percentOf(count, results.respondents);
    return { optionId: option.id, label: option.label, count, percent, width: Math.min(100, percent) };
  });
}

export interface RatingColumn {
  value: number;
  count: number;
  percent: number;
  /** Column height 0–100, relative to the most chosen value. */
  height: number;
}

/** Every value of the scale, 1..scaleMax, zeros included. */
export function ratingColumns(results: RatingResults, scaleMax: number): RatingColumn[] {
  const values = Array.from({ length: scaleMax }, (_, i) => i + 1);
  const counts = values.map((value) => results.distribution[String(value)] ?? 0);
  const top = Math.max(0, ...counts);
  return values.map((value, i) => ({
    value,
    count: counts[i],
    percent: percentOf(counts[i], results.respondents),
    height: top > 0 ? Math.round((counts[i] / top) * 100) : 0,
  }));
}

/** The scale of a rating poll: the poll's own, else the highest value answered, else 5. */
export function ratingScale(poll: Pick<PollView, 'scaleMax'>, results: RatingResults): number {
  if (poll.scaleMax) return poll.scaleMax;
  const answered = Object.keys(results.distribution).map(Number).filter(Number.isFinite);
  return answered.length && Math.max(...answered) > 5 ? 10 : 5;
}

export interface SizedWord {
  word: string;
  count: number;
  /** Font size in the caller's unit, between min and max. */
  size: number;
}

/**
 * Font size by count on a square-root scale (area, not height, grows with the count), so one dominant word
 * does not shrink all others to nothing. Keeps the server's order (most frequent first).
 */
export function wordCloudSizes(words: WordResults['words'], min: number, max: number): SizedWord[] {
  if (words.length === 0) return [];
  const counts = words.map((w) => w.count);
  const low = Math.sqrt(Math.min(...counts));
  const high = Math.sqrt(Math.max(...counts));
  return words.map(({ word, count }) => ({
    word,
    count,
    size: high === low ? (min + max) / 2 : round2(min + ((Math.sqrt(count) - low) / (high - low)) * (max - min)),
  }));
}

export interface RankRow {
  optionId: string;
  label: string;
  rank: number;
  score: number;
  /** Bar length 0–100, best option longest whichever the method. */
  width: number;
}

/** Rows best first, as the server ranked them; options nobody ranked yet are left out by the server. */
export function rankingRows(poll: Pick<PollView, 'options'>, results: RankingResults): RankRow[] {
  const labels = new Map(poll.options.map((option) => [option.id, option.label]));
  const n = Math.max(poll.options.length, results.scores.length, 1);
  const top = Math.max(0, ...results.scores.map((s) => s.score));
  return results.scores.map(({ optionId, score }, index) => ({
    optionId,
    label: labels.get(optionId) ?? optionId,
    rank: index + 1,
    score,
    width:
      results.method === 'borda'
        ? top > 0
          ? Math.round((score / top) * 100)
          : 0
        : // Average position: 1 is best, n is worst.
          n > 1
          ? Math.round(((n - score) / (n - 1)) * 100)
          : 100,
  }));
}

/** Borda points are whole numbers; an average rank gets one decimal, in the reader's locale. */
export function formatScore(score: number, method: RankingMethod, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: method === 'borda' ? 0 : 1,
    maximumFractionDigits: method === 'borda' ? 0 : 1,
  }).format(score);
}

export function formatAverage(average: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
