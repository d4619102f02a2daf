import type { PollCountRow, RankingMethod } from '@mufakat/contracts';

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
export function wordCloudSizes(words: ReadonlyArray<Pick<PollCountRow, 'label' | 'count'>>, min: number, max: number): SizedWord[] {
  if (words.length === 0) return [];
  const counts = words.map((w) => w.count);
  const low = Math.sqrt(Math.min(...counts));
  const high = Math.sqrt(Math.max(...counts));
  return words.map(({ label, count }) => ({
    word: label,
    count,
    size: high === low ? (min + max) / 2 : round2(min + ((Math.sqrt(count) - low) / (high - low)) * (max - min)),
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
