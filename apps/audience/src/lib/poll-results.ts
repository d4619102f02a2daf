import type { PollResults, PollView, RankingMethod } from '@mufakat/contracts';
import { scaleMax } from './poll-answer';

export interface ResultRow {
  key: string;
  label: string;
  count: number;
  /** Share of respondents, 0–100, for the width of the bar. */
  percent: number;
}

export type ResultView =
  | { kind: 'bars'; respondents: number; rows: ResultRow[]; average: number | null }
  | { kind: 'ranking'; respondents: number; method: RankingMethod; rows: Array<{ key: string; label: string; score: number }> }
  | { kind: 'answers'; respondents: number; answers: string[] };

/** Word clouds and open answers can be long: a phone shows the head of the list. */
export const TOP_WORDS = 8;
export const LATEST_ANSWERS = 5;

const percentOf = (count: number, respondents: number) => (respondents > 0 ? Math.round((count / respondents) * 100) : 0);

/** Turns the server's tallies into rows a phone can show as bars or a short list. */
export function resultView(poll: PollView, results: PollResults): ResultView {
  const label = (id: string) => poll.options.find((option) => option.id === id)?.label ?? '?';
  const { respondents } = results;
  const row = (key: string, rowLabel: string, count: number): ResultRow => ({
    key,
    label: rowLabel,
    count,
    percent: percentOf(count, respondents),
  });
  switch (results.type) {
    case 'single':
    case 'multiple':
      return {
        kind: 'bars',
        respondents,
        average: null,
        rows: poll.options.map((option) => row(option.id, option.label, results.counts[option.id] ?? 0)),
      };
    case 'rating':
      return {
        kind: 'bars',
        respondents,
        average: results.average,
        rows: Array.from({ length: scaleMax(poll) }, (_, index) => {
          const value = String(index + 1);
          return row(value, value, results.distribution[value] ?? 0);
        }),
      };
    case 'wordcloud':
      return {
        kind: 'bars',
        respondents,
        average: null,
        rows: results.words.slice(0, TOP_WORDS).map((entry) => row(entry.word, entry.word, entry.count)),
      };
    case 'ranking':
      return {
        kind: 'ranking',
        respondents,
        method: results.method,
        rows: results.scores.map((entry) => ({ key: entry.optionId, label: label(entry.optionId), score: entry.score })),
      };
    case 'open':
      return { kind: 'answers', respondents, answers: results.answers.slice(0, LATEST_ANSWERS).map((answer) => answer.text) };
  }
}
