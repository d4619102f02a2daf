export const POLL_TYPES = ['single', 'multiple', 'rating', 'wordcloud', 'open', 'ranking'] as const;
export type PollType = (typeof POLL_TYPES)[number];

export const POLL_STATUSES = ['draft', 'open', 'closed'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

/** Borda: an option ranked i-th of n (1-based) earns n-i points; average: the mean position (lower is better). */
export const RANKING_METHODS = ['borda', 'average'] as const;
export type RankingMethod = (typeof RANKING_METHODS)[number];

export const RATING_SCALES = [5, 10] as const;
export type RatingScale = (typeof RATING_SCALES)[number];

/**
 * The scale of a rating poll, 1..n: the poll carries it. 5 for a poll that does not say, as the server
 * stores for a rating poll created without one; never guessed from the answers.
 */
export function ratingScaleOf(poll: Pick<PollView, 'scaleMax'>): number {
  return poll.scaleMax ?? 5;
}

export interface PollOption {
  id: string;
  label: string;
}

export interface PollView {
  id: string;
  agendaItemId: string | null;
  question: string;
  type: PollType;
  /** Choices for single, multiple and ranking polls; empty otherwise. */
  options: PollOption[];
  /** multiple: how many options one attendee may pick. */
  maxChoices: number | null;
  /** rating: 1..scaleMax. */
  scaleMax: RatingScale | null;
  /** ranking: how the room's order is computed. */
  rankingMethod: RankingMethod | null;
  status: PollStatus;
  /** Whether attendees (and the projector) see the results. */
  resultsVisible: boolean;
  /** Whether an attendee may change their answer while the poll is open. */
  allowChange: boolean;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
}

export type PollAnswer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'rating'; value: number }
  | { type: 'wordcloud'; words: string[] }
  | { type: 'open'; text: string }
  /** Every option, best first. */
  | { type: 'ranking'; optionIds: string[] };

export type PollResults =
  | { type: 'single' | 'multiple'; respondents: number; counts: Record<string, number> }
  | { type: 'rating'; respondents: number; distribution: Record<string, number>; average: number | null }
  /** Words counted case- and space-insensitively, most frequent first (top 60). */
  | { type: 'wordcloud'; respondents: number; words: Array<{ word: string; count: number }> }
  /** The latest answers, newest first (at most 100). */
  | { type: 'open'; respondents: number; answers: Array<{ text: string; at: string }> }
  /** Options best first; score is Borda points or the average position. */
  | { type: 'ranking'; respondents: number; method: RankingMethod; scores: Array<{ optionId: string; score: number }> };

export interface CreatePollRequest {
  agendaItemId?: string | null;
  question: string;
  type: PollType;
  /** Option labels for single, multiple and ranking. */
  options?: string[];
  maxChoices?: number;
  scaleMax?: RatingScale;
  rankingMethod?: RankingMethod;
  resultsVisible?: boolean;
  allowChange?: boolean;
}

/** Only drafts can be edited. */
export interface UpdatePollRequest extends CreatePollRequest {
  pollId: string;
}

export interface SetPollStatusRequest {
  pollId: string;
  status: Exclude<PollStatus, 'draft'>;
}

export interface SetPollResultsVisibleRequest {
  pollId: string;
  visible: boolean;
}

export interface DeletePollRequest {
  pollId: string;
}

export interface AnswerPollRequest {
  pollId: string;
  answer: PollAnswer;
}

export interface AnswerPollResult {
  pollId: string;
  answer: PollAnswer;
}

/** How word-cloud answers are counted: case- and space-insensitive. */
export function normaliseWord(word: string): string {
  return word.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}
