import { normaliseWord, ratingScaleOf, type PollAnswer, type PollResults, type PollView } from './polls';

/** What results depend on; a poll's options and settings cannot change once it is open. */
export type PollShape = Pick<PollView, 'type' | 'options' | 'scaleMax' | 'rankingMethod'>;

export interface AnswerRecord {
  answer: PollAnswer;
  /** When the answer was last given; orders open-text answers. */
  at: Date;
}

export const WORD_CLOUD_TOP = 60;
export const OPEN_ANSWERS_SHOWN = 100;

/**
 * The results of one poll from its answers. For open-text polls the caller may pass only the latest
 * answers (at least OPEN_ANSWERS_SHOWN of them) together with the total number of respondents.
 */
export function computePollResults(poll: PollShape, records: AnswerRecord[], respondents?: number): PollResults {
  // Answers of another type cannot be stored (they are checked against the poll), but never count them.
  const matching = records.filter((record) => record.answer.type === poll.type);
  const answers = matching.map((record) => record.answer);
  switch (poll.type) {
    case 'single':
    case 'multiple':
      return { type: poll.type, respondents: answers.length, counts: countChoices(poll, answers) };
    case 'rating':
      return rate(ratingScaleOf(poll), answers);
    case 'wordcloud':
      return { type: 'wordcloud', respondents: answers.length, words: countWords(answers) };
    case 'open':
      return { type: 'open', respondents: respondents ?? matching.length, answers: latestTexts(matching) };
    case 'ranking':
      return rank(poll, answers);
  }
}

function countChoices(poll: PollShape, answers: PollAnswer[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(poll.options.map((option) => [option.id, 0]));
  for (const answer of answers) {
    const chosen = answer.type === 'single' ? [answer.optionId] : answer.type === 'multiple' ? answer.optionIds : [];
    for (const optionId of new Set(chosen)) {
      if (optionId in counts) counts[optionId] += 1;
    }
  }
  return counts;
}

function rate(scaleMax: number, answers: PollAnswer[]): PollResults {
  const distribution: Record<string, number> = {};
  for (let value = 1; value <= scaleMax; value++) distribution[String(value)] = 0;
  let sum = 0;
  let respondents = 0;
  for (const answer of answers) {
    if (answer.type !== 'rating' || !(String(answer.value) in distribution)) continue;
    distribution[String(answer.value)] += 1;
    sum += answer.value;
    respondents += 1;
  }
  return { type: 'rating', respondents, distribution, average: respondents === 0 ? null : sum / respondents };
}

/** A word one attendee sends twice (in any spelling) counts once: the cloud shows how many people said it. */
function countWords(answers: PollAnswer[]): Array<{ word: string; count: number }> {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    if (answer.type !== 'wordcloud') continue;
    const words = new Set(answer.words.map(normaliseWord).filter((word) => word.length > 0));
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'id'))
    .slice(0, WORD_CLOUD_TOP);
}

function latestTexts(records: AnswerRecord[]): Array<{ text: string; at: string }> {
  return records
    .flatMap((record) => (record.answer.type === 'open' ? [{ text: record.answer.text, time: record.at.getTime() }] : []))
    .sort((a, b) => b.time - a.time)
    .slice(0, OPEN_ANSWERS_SHOWN)
    .map(({ text, time }) => ({ text, at: new Date(time).toISOString() }));
}

/**
 * Borda: an option ranked i-th (0-based) of n earns n-1-i points, most points first. Average: the mean
 * 1-based position, lowest first. Ties keep the poll's option order; with no answers every score is 0.
 */
function rank(poll: PollShape, answers: PollAnswer[]): PollResults {
  const method = poll.rankingMethod ?? 'borda';
  const n = poll.options.length;
  const points = new Map(poll.options.map((option) => [option.id, 0]));
  let respondents = 0;
  for (const answer of answers) {
    if (answer.type !== 'ranking') continue;
    respondents += 1;
    answer.optionIds.forEach((optionId, index) => {
      const earned = method === 'borda' ? n - 1 - index : index + 1;
      if (points.has(optionId)) points.set(optionId, (points.get(optionId) as number) + earned);
    });
  }
  const scores = poll.options.map((option) => {
    const total = points.get(option.id) as number;
    return { optionId: option.id, score: method === 'borda' || respondents === 0 ? total : total / respondents };
  });
  scores.sort((a, b) => (method === 'borda' ? b.score - a.score : a.score - b.score));
  return { type: 'ranking', respondents, method, scores };
}
