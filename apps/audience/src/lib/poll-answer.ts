import { LIMITS, normaliseWord, ratingScaleOf, type PollAnswer, type PollView } from '@mufakat/contracts';

/** What the attendee has picked or typed so far; one shape for every poll type keeps the form simple. */
export interface PollDraft {
  /** single: the chosen option (at most one); multiple: the chosen ones; ranking: every option, best first. */
  optionIds: string[];
  value: number | null;
  words: string[];
  text: string;
}

export type PollProblem = 'choose' | 'tooMany' | 'rate' | 'words' | 'wordTooLong' | 'empty' | 'tooLong' | 'order';

/** A fresh draft, or the attendee's earlier answer so that it can be changed. */
export function draftFor(poll: PollView, answer?: PollAnswer): PollDraft {
  const draft: PollDraft = {
    optionIds: poll.type === 'ranking' ? poll.options.map((option) => option.id) : [],
    value: null,
    words: Array<string>(LIMITS.wordCloudWords).fill(''),
    text: '',
  };
  if (!answer || answer.type !== poll.type) return draft;
  switch (answer.type) {
    case 'single':
      return { ...draft, optionIds: [answer.optionId] };
    case 'multiple':
      return { ...draft, optionIds: answer.optionIds };
    case 'ranking':
      // An option added after the answer would otherwise be missing from the order.
      return { ...draft, optionIds: [...answer.optionIds, ...draft.optionIds.filter((id) => !answer.optionIds.includes(id))] };
    case 'rating':
      return { ...draft, value: answer.value };
    case 'wordcloud':
      return { ...draft, words: draft.words.map((empty, index) => answer.words[index] ?? empty) };
    case 'open':
      return { ...draft, text: answer.text };
  }
}

export function maxChoices(poll: PollView): number {
  return poll.maxChoices ?? poll.options.length;
}

/** Adds or removes an option of a multiple-choice poll; null when adding would go over the limit. */
export function toggleChoice(selected: readonly string[], optionId: string, max: number): string[] | null {
  if (selected.includes(optionId)) return selected.filter((id) => id !== optionId);
  return selected.length >= max ? null : [...selected, optionId];
}

/** Moves one item up (delta -1) or down (+1); a move past either end leaves the order as it was. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  const copy = [...items];
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return copy;
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The same checks as the server's, so that the attendee learns what to fix without a round trip. */
export function buildAnswer(poll: PollView, draft: PollDraft): { answer: PollAnswer } | { problem: PollProblem } {
  const known = new Set(poll.options.map((option) => option.id));
  const chosen = [...new Set(draft.optionIds)].filter((id) => known.has(id));
  switch (poll.type) {
    case 'single':
      return chosen.length === 1 ? { answer: { type: 'single', optionId: chosen[0] } } : { problem: 'choose' };
    case 'multiple':
      if (chosen.length === 0) return { problem: 'choose' };
      return chosen.length > maxChoices(poll) ? { problem: 'tooMany' } : { answer: { type: 'multiple', optionIds: chosen } };
    case 'ranking':
      return chosen.length === known.size && known.size > 0 ? { answer: { type: 'ranking', optionIds: chosen } } : { problem: 'order' };
    case 'rating': {
      const value = draft.value;
      return value !== null && Number.isInteger(value) && value >= 1 && value <= ratingScaleOf(poll)
        ? { answer: { type: 'rating', value } }
        : { problem: 'rate' };
    }
    case 'wordcloud': {
      const words: string[] = [];
      const seen = new Set<string>();
      for (const word of draft.words.map(tidy)) {
        if (!word) continue;
        if (word.length > LIMITS.wordCloudWord) return { problem: 'wordTooLong' };
        // The server counts words case-insensitively: the same word twice would only count once.
        const key = normaliseWord(word);
        if (!seen.has(key)) words.push(word);
        seen.add(key);
      }
      return words.length === 0 ? { problem: 'words' } : { answer: { type: 'wordcloud', words: words.slice(0, LIMITS.wordCloudWords) } };
    }
    case 'open': {
      const text = draft.text.trim();
      if (!text) return { problem: 'empty' };
      return text.length > LIMITS.pollTextAnswer ? { problem: 'tooLong' } : { answer: { type: 'open', text } };
    }
  }
}

/** The answer in words, to confirm what was sent: option labels, the rating, the words or the text. */
export function describeAnswer(poll: PollView, answer: PollAnswer): string {
  const label = (id: string) => poll.options.find((option) => option.id === id)?.label ?? '?';
  switch (answer.type) {
    case 'single':
      return label(answer.optionId);
    case 'multiple':
      return answer.optionIds.map(label).join(', ');
    case 'ranking':
      return answer.optionIds.map((id, index) => `${index + 1}. ${label(id)}`).join('  ');
    case 'rating':
      return `${answer.value}/${ratingScaleOf(poll)}`;
    case 'wordcloud':
      return answer.words.join(', ');
    case 'open':
      return answer.text;
  }
}

const openedOrder = (poll: PollView) => poll.openedAt ?? poll.createdAt;

/** Open polls first, newest first; closed ones after them, the latest closed first. Drafts never show. */
export function orderPolls(polls: readonly PollView[]): PollView[] {
  const open = polls.filter((poll) => poll.status === 'open').sort((a, b) => openedOrder(b).localeCompare(openedOrder(a)));
  const closed = polls.filter((poll) => poll.status === 'closed').sort((a, b) => (b.closedAt ?? openedOrder(b)).localeCompare(a.closedAt ?? openedOrder(a)));
  return [...open, ...closed];
}
